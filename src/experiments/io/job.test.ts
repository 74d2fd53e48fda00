import { afterEach, describe, expect, it } from 'vitest';
import { runJobOnWorkers } from '../../pool/runJob';
import { FakeWorker } from '../../pool/testing/fixtures';
import { createIoApi } from '../../../workers/ioApi';
import { helperCount, makeIoJob, planRequests, type IoRunSettings } from './job';
import { mostOverlapping, tallyRequests } from './summary';
import { newTabVisibility } from './visibility';

let made: FakeWorker[] = [];
const startFake = () => {
  const fake = new FakeWorker(createIoApi());
  made.push(fake);
  return fake;
};
afterEach(() => {
  for (const fake of made) fake.close();
  made = [];
});

const settings = (changes: Partial<IoRunSettings> = {}): IoRunSettings => ({
  requests: 6,
  client: 'serial',
  inFlight: 1,
  batchSize: 1,
  latencyMs: 10,
  jitterMs: 0,
  capacity: null,
  serverCpuMs: 0,
  clientCpuMs: 0,
  cpuOn: 'page',
  cpuWorkers: 2,
  jitterSeed: 1,
  dartsPerMs: null,
  clientDartsPerItem: 0,
  serverDartsPerItem: 0,
  ...changes,
});

async function run(s: IoRunSettings) {
  const outcome = await runJobOnWorkers(makeIoJob(s, newTabVisibility(), { startWorker: startFake, tab: visibleTab }), {
    workers: s.inFlight,
    strategy: 'dynamic',
  });
  const wallMs = Math.max(...outcome.events.map((e) => e.endMs));
  return { events: outcome.events, wallMs, tally: tallyRequests(outcome.events) };
}

const visibleTab = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });

// The server never answers before its latency has passed on the run's clock (waitAtLeast), so
// these lower bounds hold exactly, however loaded the machine: load only makes waits longer.
// Times in ms since the run started are differences of epoch-ms floats: allow their rounding.
const ROUNDING_MS = 0.001;

describe('planRequests', () => {
  it('makes a request per item, or a request per batch with the rest in the last', () => {
    expect(planRequests(3, 1)).toEqual([
      { id: 0, items: 1, firstItem: 0 },
      { id: 1, items: 1, firstItem: 1 },
      { id: 2, items: 1, firstItem: 2 },
    ]);
    expect(planRequests(10, 4).map((r) => [r.items, r.firstItem])).toEqual([
      [4, 0],
      [4, 4],
      [2, 8],
    ]);
  });
});

describe('an I/O run on the simulated server', () => {
  it('one after another takes at least N × latency, one request in flight at a time', async () => {
    const { events, wallMs, tally } = await run(settings());
    expect(events).toHaveLength(6);
    expect(wallMs).toBeGreaterThanOrEqual(6 * 10 - ROUNDING_MS);
    expect(tally.mostInFlight).toBe(1);
    expect(made).toHaveLength(1);
    for (const { startMs, endMs, result } of events) {
      expect(startMs).toBeLessThanOrEqual(result.receivedMs);
      expect(result.answeredMs - result.servedMs).toBeGreaterThanOrEqual(10 - ROUNDING_MS);
      expect(endMs).toBe(result.receivedMs);
    }
  });

  it('with at most L in flight takes at least N × latency / L, and keeps L in flight to one server', async () => {
    const { wallMs, tally } = await run(settings({ requests: 12, client: 'concurrent', inFlight: 4 }));
    expect(wallMs).toBeGreaterThanOrEqual((12 * 10) / 4 - ROUNDING_MS);
    expect(tally.mostInFlight).toBe(4);
    expect(tally.mostServedAtOnce).toBe(4);
    expect(made).toHaveLength(1);
  });

  it('serves no more than its capacity at once, however many are in flight', async () => {
    const { wallMs, tally } = await run(settings({ requests: 8, client: 'concurrent', inFlight: 8, capacity: 2 }));
    expect(tally.mostInFlight).toBe(8);
    expect(tally.mostServedAtOnce).toBe(2);
    expect(wallMs).toBeGreaterThanOrEqual((8 * 10) / 2 - ROUNDING_MS);
    expect(tally.meanQueuedMs).toBeGreaterThan(0);
  });

  it('sends batches one after another, a request per batch', async () => {
    const { events, wallMs, tally } = await run(settings({ requests: 10, client: 'batches', batchSize: 4 }));
    expect(events.map((e) => e.items)).toEqual([4, 4, 2]);
    expect(tally.itemsDone).toBe(10);
    expect(wallMs).toBeGreaterThanOrEqual(3 * 10 - ROUNDING_MS);
  });

  it('does each answer’s CPU work on the page after it arrived', async () => {
    const { events } = await run(settings({ requests: 3, clientCpuMs: 1, clientDartsPerItem: 8192 }));
    for (const { result, endMs } of events) {
      expect(result.cpuWorker).toBeNull();
      expect(result.cpuStartMs).toBeGreaterThanOrEqual(result.receivedMs);
      expect(endMs).toBe(result.cpuEndMs);
    }
  });

  it('hands the CPU work to helper workers, one answer each at a time, beside the one server', async () => {
    const s = settings({ requests: 8, client: 'concurrent', inFlight: 8, clientCpuMs: 1, clientDartsPerItem: 8192, cpuOn: 'workers', cpuWorkers: 2 });
    expect(helperCount(s)).toBe(2);
    const { events } = await run(s);
    expect(made).toHaveLength(3);
    expect(new Set(events.map((e) => e.result.cpuWorker))).toEqual(new Set([0, 1]));
    for (const helper of [0, 1]) {
      const mine = events.filter((e) => e.result.cpuWorker === helper).map((e) => [e.result.cpuStartMs!, e.result.cpuEndMs!] as const);
      expect(mostOverlapping(mine)).toBe(1);
    }
    expect(helperCount({ ...s, inFlight: 1 })).toBe(1);
    expect(helperCount({ ...s, clientDartsPerItem: 0 })).toBe(0);
  });
});
