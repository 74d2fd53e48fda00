import { describe, expect, it } from 'vitest';
import { formFromLink, formToLink } from '../../lab/settings';
import { validateIntervalComparison, validateVerifyRun, VERIFY_PRESETS } from './earlyExitParams';
import { validateIpc } from './ipcParams';
import { validateLostUpdates } from './lostUpdateParams';
import { queuesLab } from './meta';
import { defaultQueuesForm, type QueuesForm } from './form';
import { validateQueueRun, validateQueueSweep } from './params';

const isolated = { cores: 2, canShareMemory: true, wasmSimd: true };
const notIsolated = { ...isolated, canShareMemory: false };
const form = (changes: Partial<QueuesForm> = {}): QueuesForm => ({ ...defaultQueuesForm(2), ...changes });

describe('the work queues’ settings', () => {
  it('run no queue first, then every way, by default', () => {
    const { value } = validateQueueRun(form(), isolated);
    expect(value).toMatchObject({ ways: ['none', 'message', 'batch', 'ring'], workers: 2, numbers: 100_000, batchSize: 1_000, ringUnavailable: false });
    expect(validateQueueRun(form({ queue: 'batch' }), isolated).value?.ways).toEqual(['none', 'batch']);
    expect(validateQueueRun(form({ queue: 'none' }), isolated).value?.ways).toEqual(['none']);
  });

  it('leave out the shared memory ring without isolation, and refuse it when asked for', () => {
    expect(validateQueueRun(form(), notIsolated).value).toMatchObject({ ways: ['none', 'message', 'batch'], ringUnavailable: true });
    expect(validateQueueRun(form({ queue: 'ring' }), notIsolated).errors?.queue).toMatch(/cross-origin isolated/);
  });

  it.each([
    [{ workers: '0' }, 'workers', /from 1 to 32/],
    [{ numbers: '50' }, 'numbers', /from 100 to 1,000,000/],
    [{ numbers: 'lots' }, 'numbers', /not a number/],
    [{ batchSize: '0' }, 'batchSize', /from 1 to 100,000/],
    [{ batchSize: '60,000', skipEven: true }, 'batchSize', /from 1 to 50,000/],
    [{ numbers: '1,000,000', queue: 'message' as const }, 'numbers', /One message per number would take about .*keep each run under about a minute/],
  ])('refuse %j beside %s', (changes, field, message) => {
    expect(validateQueueRun(form(changes), isolated).errors?.[field as keyof QueuesForm]).toMatch(message);
  });

  it('ignore the batch size when no batches run', () => {
    expect(validateQueueRun(form({ queue: 'ring', batchSize: 'x' }), isolated).value?.batchSize).toBe(1);
  });

  it('sweep every queue at 1, 2, 4 and 8 workers, whatever the Queue choice', () => {
    const { value } = validateQueueSweep(form({ queue: 'message' }), isolated);
    expect(value).toMatchObject({ kinds: ['message', 'batch', 'ring'], workerCounts: [1, 2, 4, 8] });
    expect(validateQueueSweep(form(), notIsolated).value?.kinds).toEqual(['message', 'batch']);
    expect(validateQueueSweep(form({ numbers: '1,000,000' }), isolated).errors?.numbers).toMatch(/would take about/);
  });

  it('survive a shared link', () => {
    const changed = form({ queue: 'ring', numbers: '5,000', skipEven: true, verifyNumber: '97', checkEvery: '10', histogramTo: '1e7' });
    const link = formToLink(queuesLab.fields, changed, form());
    expect(link.toString()).toContain('queue=ring');
    expect(formFromLink(queuesLab.fields, link, form())).toEqual(changed);
  });
});

describe('the IPC meter’s settings', () => {
  it('measure each way at every power of ten up to N', () => {
    const { value } = validateIpc(form({ ipcUpTo: '1e4' }), isolated);
    expect(value?.sizes).toEqual([1_000, 10_000]);
    expect(value?.steps).toHaveLength(10);
    expect(value?.refused).toEqual([]);
  });

  it('refuse the measurements that would take over a minute, and say why', () => {
    const { value } = validateIpc(form({ ipcUpTo: '1e6' }), isolated);
    expect(value?.refused.map((r) => `${r.method} ${r.n}`)).toEqual(['messages 1000000', 'comlink 1000000']);
    expect(value?.refused[0].reason).toMatch(/would take about/);
    expect(value?.steps.filter((s) => s.n === 1_000_000).map((s) => s.method)).toEqual(['array', 'transfer', 'ring']);
  });

  it('leave out the ring without isolation', () => {
    expect(validateIpc(form({ ipcUpTo: '1e3' }), notIsolated).value?.refused).toEqual([
      { method: 'ring', n: 1_000, reason: expect.stringMatching(/isolated/) },
    ]);
  });

  it.each(['5,000', '1e7', '100'])('refuse %s', (upTo) => {
    expect(validateIpc(form({ ipcUpTo: upTo }), isolated).errors?.ipcUpTo).toBeTruthy();
  });
});

describe('early exit’s and lost updates’ settings', () => {
  it('verify the number with the chosen interval, or every interval', () => {
    expect(validateVerifyRun(form({ checkEvery: '10' }), isolated).value).toEqual({ n: 9_007_197_690_257_581, workers: 2, intervals: [10] });
    expect(validateIntervalComparison(form(), isolated).value?.intervals).toEqual([1, 10, 1_000, 100_000]);
  });

  it('offer a prime, a product of two large primes and a number with a small factor, all exact', () => {
    expect(VERIFY_PRESETS.map((p) => p.value)).toEqual([2 ** 53 - 111, 34_000_009 * 264_917_509, 2 ** 53 - 1]);
    for (const preset of VERIFY_PRESETS) expect(Number.isSafeInteger(preset.value)).toBe(true);
  });

  it('refuse numbers trial division cannot check exactly, and run nothing without isolation', () => {
    expect(validateVerifyRun(form({ verifyNumber: '9,007,199,254,740,992' }), isolated).errors?.verifyNumber).toMatch(/from 2 to 9,007,199,254,740,991/);
    expect(validateVerifyRun(form({ verifyNumber: '1' }), isolated).errors?.verifyNumber).toBeTruthy();
    expect(validateVerifyRun(form(), notIsolated).errors?.verifyNumber).toMatch(/cross-origin isolated/);
    expect(validateLostUpdates(form(), notIsolated).errors?.increments).toMatch(/cross-origin isolated/);
  });

  it('count up to ten million per worker, under about a minute with the lock', () => {
    expect(validateLostUpdates(form(), isolated).value).toEqual({ workers: 2, increments: 1_000_000 });
    expect(validateLostUpdates(form({ increments: '100' }), isolated).errors?.increments).toMatch(/from 1,000 to 10,000,000/);
    expect(validateLostUpdates(form({ workers: '32', increments: '1e7' }), isolated).errors?.increments).toMatch(/would take about/);
  });
});
