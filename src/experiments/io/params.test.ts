import { describe, expect, it } from 'vitest';
import { formFromLink, formToLink } from '../../lab/settings';
import { ioLab } from './meta';
import { defaultIoForm, estimateRunMs, idealWaitMs, MAX_RUN_SECONDS, serialWaitMs, validateIoForm, type IoForm } from './params';
import { BOOK_CPU_PER_ITEM_MS, batchLadder, inFlightLadder, presetPlan, PRESETS, validateBatchSweep, validateInFlightSweep } from './plans';

const context = (cores = 2) => ({ cores, canShareMemory: true, wasmSimd: true });
const form = (changes: Partial<IoForm> = {}): IoForm => ({ ...defaultIoForm(2), ...changes });

describe('the run settings', () => {
  it('default to the book: 200 requests of 100 ms, one after another, an unlimited server, no CPU work', () => {
    const { value } = validateIoForm(form(), context());
    expect(value).toEqual({
      requests: 200,
      client: 'serial',
      inFlight: 1,
      batchSize: 1,
      latencyMs: 100,
      jitterMs: 0,
      capacity: null,
      serverCpuMs: 0,
      clientCpuMs: 0,
      cpuOn: 'page',
      // Only read when the CPU work runs on workers.
      cpuWorkers: 1,
    });
    expect(serialWaitMs(value!)).toBe(20_000);
  });

  it('read each client’s own field, and only that one', () => {
    expect(validateIoForm(form({ client: 'concurrent', inFlight: '16', batchSize: 'x' }), context()).value).toMatchObject({ inFlight: 16, batchSize: 1 });
    expect(validateIoForm(form({ client: 'batches', batchSize: '100', inFlight: 'x' }), context()).value).toMatchObject({ inFlight: 1, batchSize: 100 });
    expect(validateIoForm(form({ capacity: '10', latency: '2.5', jitter: '0.5' }), context()).value).toMatchObject({
      capacity: 10,
      latencyMs: 2.5,
      jitterMs: 0.5,
    });
  });

  it('refuse bad input with a message beside the field', () => {
    const errors = (changes: Partial<IoForm>) => validateIoForm(form(changes), context()).errors;
    expect(errors({ requests: '0' })?.requests).toMatch(/from 1 to 10,000/);
    expect(errors({ client: 'concurrent', inFlight: '300' })?.inFlight).toMatch(/from 1 to 200/);
    expect(errors({ client: 'batches', batchSize: '1.5' })?.batchSize).toMatch(/not a whole number/);
    expect(errors({ latency: 'soon' })?.latency).toMatch(/not a number/);
    expect(errors({ jitter: '150' })?.jitter).toMatch(/0 to the latency \(100 ms\)/);
    expect(errors({ capacity: '0' })?.capacity).toMatch(/from 1 to 10,000/);
    expect(errors({ clientCpu: '-1' })?.clientCpu).toMatch(/from 0 to 1,000/);
    expect(errors({ cpuOn: 'workers', cpuWorkers: '0' })?.cpuWorkers).toMatch(/from 1 to 16/);
    expect(errors({ cpuOn: 'page', cpuWorkers: '0' })).toBeNull();
  });

  it('refuse a run estimated to take over the limit, and say how to shorten it', () => {
    expect(validateIoForm(form({ requests: '2,000' }), context()).errors?.requests).toMatch(/about 3 minutes; keep it under about 120 s/);
    expect(validateIoForm(form({ requests: '2,000', client: 'concurrent', inFlight: '100' }), context()).errors).toBeNull();
    // Client CPU work on the page does not overlap: 10,000 × 20 ms.
    expect(validateIoForm(form({ requests: '10,000', client: 'concurrent', inFlight: '10,000', clientCpu: '20' }), context()).errors?.requests).toMatch(
      /about 3 minutes/,
    );
    expect(estimateRunMs(validateIoForm(form({ client: 'concurrent', inFlight: '200', clientCpu: '20', cpuOn: 'workers' }), context(4)).value!, 4)).toBe(2000);
    expect(MAX_RUN_SECONDS).toBe(120);
  });

  it('put the least wait at N × latency over the places in flight, or a latency per batch', () => {
    const base = { requests: 200, latencyMs: 100, inFlight: 1, batchSize: 1, capacity: null };
    expect(idealWaitMs(base)).toBe(20_000);
    expect(idealWaitMs({ ...base, inFlight: 16 })).toBe(1250);
    expect(idealWaitMs({ ...base, inFlight: 16, capacity: 4 })).toBe(5000);
    expect(idealWaitMs({ ...base, batchSize: 30 })).toBe(700);
  });

  it('go to and from a link', () => {
    const changed = form({ requests: '50', client: 'concurrent', inFlight: '8', capacity: '4', cpuOn: 'workers' });
    const query = formToLink(ioLab.fields, changed, defaultIoForm(2));
    expect(query.toString()).toContain('client=concurrent');
    expect(query.get('inflight')).toBe('8');
    expect(formFromLink(ioLab.fields, query, defaultIoForm(2))).toEqual(changed);
  });
});

describe('sweeps and presets', () => {
  it('sweep the in-flight limit by doubling up to every request at once', () => {
    expect(inFlightLadder(200)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 200]);
    expect(inFlightLadder(1)).toEqual([1]);
    const plan = validateInFlightSweep(form({ requests: '8', latency: '20' }), context()).value!;
    expect(plan.steps.map((s) => [s.x, s.params.client, s.params.inFlight])).toEqual([
      [1, 'concurrent', 1],
      [2, 'concurrent', 2],
      [4, 'concurrent', 4],
      [8, 'concurrent', 8],
    ]);
  });

  it('sweep batch sizes 1 to 1,000, or up to one batch of everything', () => {
    expect(batchLadder(200)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(batchLadder(5000)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(validateBatchSweep(form(), context()).value?.steps.map((s) => s.params.batchSize)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
  });

  it('refuse a sweep that would take too long', () => {
    expect(validateInFlightSweep(form({ requests: '2,000' }), context()).errors?.requests).toMatch(
      /This sweep \(12 runs\) would take about .*; keep it under about 4 minutes/,
    );
  });

  it('have presets that are valid runs: the database example scaled by 10, CPU and waiting on this machine’s workers', () => {
    const database = presetPlan('database', context()).value!;
    expect(database.steps.map((s) => [s.params.client, s.params.batchSize, s.params.requests, s.params.latencyMs, s.params.clientCpuMs])).toEqual([
      ['serial', 1, 1028, 5, 0.37],
      ['batches', 100, 1028, 5, 0.37],
    ]);
    expect(BOOK_CPU_PER_ITEM_MS).toBeCloseTo(3.7, 1);
    const cpu = presetPlan('cpu', context(4)).value!;
    expect(cpu.steps.map((s) => [s.params.inFlight, s.params.cpuOn])).toEqual([
      [1, 'page'],
      [5, 'page'],
      [50, 'page'],
      [50, 'workers'],
    ]);
    expect(cpu.steps[3].params.cpuWorkers).toBe(4);
    for (const preset of PRESETS) expect(preset.lookFor(2)).not.toBe('');
  });
});
