import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChunks } from './runChunks';
import { isAbortError, type ChunkDispatch, type ChunkExecutor, type Strategy, type Timed } from './types';

interface FakeChunk {
  id: number;
  costMs: number;
  items: number;
}

/** A fake worker: "computes" for costMs of fake time and logs what it was asked to do. */
function fakeExecutors(workers: number, log: { worker: number; chunk: number }[], failOn?: number) {
  return Array.from({ length: workers }, (_, worker): ChunkExecutor<FakeChunk, number> => (chunk) => {
    log.push({ worker, chunk: chunk.id });
    const startEpochMs = Date.now();
    return new Promise<Timed<number>>((resolve, reject) =>
      setTimeout(() => {
        if (chunk.id === failOn) reject(new Error(`chunk ${chunk.id} exploded`));
        else resolve({ result: chunk.id * 10, startEpochMs, endEpochMs: Date.now() });
      }, chunk.costMs),
    );
  });
}

function chunksOf(costs: number[]): FakeChunk[] {
  return costs.map((costMs, id) => ({ id, costMs, items: 100 + id }));
}

async function run(strategy: Strategy, workers: number, chunks: FakeChunk[], signal?: AbortSignal, failOn?: number) {
  const log: { worker: number; chunk: number }[] = [];
  const dispatches: ChunkDispatch[] = [];
  const promise = runChunks({
    chunks,
    itemsOf: (c) => c.items,
    workers,
    strategy,
    executors: fakeExecutors(workers, log, failOn),
    runStartEpochMs: Date.now(),
    signal,
    onDispatch: (dispatch) => dispatches.push(dispatch),
  });
  return { log, dispatches, promise };
}

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('runChunks', () => {
  for (const strategy of ['dynamic', 'static', 'roundRobin'] as const) {
    for (const workers of [1, 3, 16, 32]) {
      it(`${strategy} with ${workers} workers runs every chunk exactly once`, async () => {
        for (const count of [0, 1, 5, 100]) {
          const chunks = chunksOf(Array.from({ length: count }, (_, i) => 1 + (i % 7)));
          const { promise } = await run(strategy, workers, chunks);
          await vi.runAllTimersAsync();
          const events = await promise;
          expect(events.map((e) => e.chunk).sort((a, b) => a - b)).toEqual(chunks.map((c) => c.id));
          expect(events.every((e) => e.result === e.chunk * 10 && e.items === 100 + e.chunk)).toBe(true);
          expect(events.every((e) => e.worker >= 0 && e.worker < workers)).toBe(true);
        }
      });
    }
  }

  // Which chunk goes to which worker is createChunkSource's (chunkSource.test.ts); these tests
  // are about running them.
  it('dynamic queue lets idle workers take the next chunk while one is stuck on a long one', async () => {
    const { log, promise } = await run('dynamic', 3, chunksOf([100, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    await vi.runAllTimersAsync();
    const events = await promise;
    expect(log.filter((l) => l.worker === 0).map((l) => l.chunk)).toEqual([0]);
    // Everything else finished long before the slow chunk, on the two free workers.
    expect(events.at(-1)).toMatchObject({ chunk: 0, worker: 0, startMs: 0, endMs: 100 });
    expect(Math.max(...events.filter((e) => e.chunk !== 0).map((e) => e.endMs))).toBe(5);
  });

  it('dynamic queue with more workers than chunks leaves the extra workers idle', async () => {
    const { log, promise } = await run('dynamic', 32, chunksOf([5, 5, 5]));
    await vi.runAllTimersAsync();
    await promise;
    expect(new Set(log.map((l) => l.worker)).size).toBe(3);
  });

  it('times chunks from the run start and reports each dispatch as it happens', async () => {
    const { dispatches, promise } = await run('static', 2, chunksOf([3, 4, 5, 6]));
    await vi.runAllTimersAsync();
    const events = await promise;
    const worker1 = events.filter((e) => e.worker === 1).map((e) => [e.startMs, e.endMs]);
    expect(worker1).toEqual([
      [0, 5],
      [5, 11],
    ]);
    expect(dispatches).toEqual([
      { chunk: 0, worker: 0, atMs: 0 },
      { chunk: 2, worker: 1, atMs: 0 },
      { chunk: 1, worker: 0, atMs: 3 },
      { chunk: 3, worker: 1, atMs: 5 },
    ]);
  });

  it('stops dispatching and rejects with AbortError when aborted mid-run', async () => {
    const controller = new AbortController();
    const { log, promise } = await run('dynamic', 2, chunksOf(new Array(20).fill(10)), controller.signal);
    const outcome = promise.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(25);
    controller.abort();
    expect(isAbortError(await outcome)).toBe(true);
    const dispatched = log.length;
    await vi.runAllTimersAsync();
    expect(log.length).toBe(dispatched);
    expect(dispatched).toBeLessThan(20);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { log, promise } = await run('dynamic', 2, chunksOf([1, 1]), controller.signal);
    expect(isAbortError(await promise.catch((e: unknown) => e))).toBe(true);
    expect(log).toEqual([]);
  });

  it('fails the run with the first worker error, then a new run works', async () => {
    const { log, promise } = await run('dynamic', 2, chunksOf(new Array(10).fill(2)), undefined, 3);
    const outcome = promise.catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await outcome).toEqual(new Error('chunk 3 exploded'));
    expect(log.length).toBeLessThan(10);

    const again = await run('dynamic', 2, chunksOf(new Array(10).fill(2)));
    await vi.runAllTimersAsync();
    expect((await again.promise).length).toBe(10);
  });
});
