import { describe, expect, it } from 'vitest';
import type { ChunkEvent } from '../../pool/types';
import type { RequestResult } from './job';
import { mostOverlapping, tallyRequests, unionLength, waitingShare } from './summary';

function request(chunk: number, startMs: number, endMs: number, changes: Partial<RequestResult> = {}): ChunkEvent<RequestResult> {
  const result: RequestResult = {
    items: 1,
    arrivedMs: startMs + 1,
    servedMs: startMs + 1,
    answeredMs: endMs - 1,
    latencyMs: endMs - startMs - 2,
    serverCpuMs: 0,
    receivedMs: endMs,
    cpuStartMs: null,
    cpuEndMs: null,
    cpuWorker: null,
    ...changes,
  };
  return { chunk, worker: 0, items: result.items, startMs, endMs, result };
}

describe('interval arithmetic', () => {
  it('counts the most intervals open at once, an end before a start at the same moment', () => {
    expect(mostOverlapping([])).toBe(0);
    expect(
      mostOverlapping([
        [0, 10],
        [10, 20],
        [20, 30],
      ]),
    ).toBe(1);
    expect(
      mostOverlapping([
        [0, 10],
        [5, 20],
        [6, 7],
        [15, 30],
      ]),
    ).toBe(3);
  });

  it('measures the union of intervals once, however they overlap', () => {
    expect(unionLength([])).toBe(0);
    expect(
      unionLength([
        [0, 10],
        [5, 15],
        [20, 25],
        [21, 22],
      ]),
    ).toBe(20);
  });
});

describe('tallyRequests', () => {
  it('adds up a run’s requests: in flight and served at once, queueing, waits and CPU work', () => {
    const events = [
      request(0, 0, 102, { cpuStartMs: 100, cpuEndMs: 102 }),
      request(1, 0, 204, { servedMs: 101, answeredMs: 201, latencyMs: 100, items: 3, cpuStartMs: 201, cpuEndMs: 204 }),
      request(2, 102, 204, { cpuStartMs: 101, cpuEndMs: 103 }),
    ];
    const tally = tallyRequests(events);
    expect(tally).toMatchObject({ requestsDone: 3, itemsDone: 5, mostInFlight: 2, clientCpuBusyMs: 6, meanClientCpuMs: 7 / 3 });
    expect(tally.mostServedAtOnce).toBe(2);
    expect(tally.meanQueuedMs).toBeCloseTo(100 / 3);
    expect(waitingShare(tally, 204)).toBeCloseTo(1 - 6 / 204);
  });

  it('has no means before any request is done', () => {
    expect(tallyRequests([])).toMatchObject({ requestsDone: 0, meanQueuedMs: null, meanWaitMs: null, meanClientCpuMs: null, clientCpuBusyMs: 0 });
  });
});
