import { describe, expect, it } from 'vitest';
import { workerTotals } from './record';

const event = (worker: number, startMs: number, endMs: number, items = 10) => ({ chunk: 0, worker, items, startMs, endMs, result: null });

describe('workerTotals', () => {
  it('adds finished chunks per worker and counts the rest of the span as idle', () => {
    const totals = workerTotals({ workers: 3, events: [event(0, 0, 40), event(1, 5, 25), event(0, 50, 90, 30)], inFlight: [null, null, null] }, 100);
    expect(totals).toEqual([
      { worker: 0, chunks: 2, items: 40, busyMs: 80, idleMs: 20, waitingMs: 10 },
      { worker: 1, chunks: 1, items: 10, busyMs: 20, idleMs: 80, waitingMs: 5 },
      { worker: 2, chunks: 0, items: 0, busyMs: 0, idleMs: 100, waitingMs: 0 },
    ]);
  });

  it('counts a chunk still running as busy up to now', () => {
    const totals = workerTotals(
      {
        workers: 2,
        events: [event(0, 0, 30)],
        inFlight: [
          { chunk: 1, worker: 0, atMs: 30 },
          { chunk: 2, worker: 1, atMs: 10 },
        ],
      },
      50,
    );
    expect(totals.map((t) => [t.busyMs, t.idleMs])).toEqual([
      [50, 0],
      [40, 10],
    ]);
  });

  it('counts the gaps before each chunk as waiting for work, and the time after the last as idle only', () => {
    // Worker 1 waits 2 ms for its first chunk, 3 ms between chunks, then has nothing left to do;
    // worker 2's events come between its own.
    const events = [event(0, 2, 9), event(1, 0, 30), event(0, 12, 20)];
    const [first, second] = workerTotals({ workers: 2, events, inFlight: [null, null] }, 50);
    expect(first).toMatchObject({ busyMs: 15, waitingMs: 5, idleMs: 35 });
    expect(second).toMatchObject({ busyMs: 30, waitingMs: 0, idleMs: 20 });
  });

  it('counts the wait before a chunk still running', () => {
    const [totals] = workerTotals({ workers: 1, events: [event(0, 0, 10)], inFlight: [{ chunk: 1, worker: 0, atMs: 14 }] }, 20);
    expect(totals).toMatchObject({ busyMs: 16, waitingMs: 4, idleMs: 4 });
  });
});
