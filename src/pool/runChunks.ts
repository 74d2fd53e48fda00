import { createChunkSource } from './chunkSource';
import { epochNow } from '../clock';
import { abortError, type ChunkDispatch, type ChunkEvent, type ChunkExecutor, type Strategy } from './types';

export interface RunChunksOptions<C, R> {
  chunks: readonly C[];
  itemsOf: (chunk: C) => number;
  workers: number;
  strategy: Strategy;
  /** One executor per worker slot. */
  executors: readonly ChunkExecutor<C, R>[];
  /** Run start on the Unix-epoch clock: event times are measured from it. */
  runStartEpochMs: number;
  signal?: AbortSignal;
  /** A chunk was handed to a worker (for live views of work in flight). */
  onDispatch?: (dispatch: ChunkDispatch) => void;
  onEvent?: (event: ChunkEvent<R>) => void;
}

/**
 * Runs every chunk on the given executors and returns the event log in completion order.
 * Rejects with an AbortError as soon as the signal aborts, and with the first executor error.
 * After either, no further chunk is dispatched.
 */
export function runChunks<C, R>(options: RunChunksOptions<C, R>): Promise<ChunkEvent<R>[]> {
  const { chunks, itemsOf, workers, strategy, executors, runStartEpochMs, signal, onDispatch, onEvent } = options;
  if (executors.length !== workers) throw new Error(`Expected ${workers} executors, got ${executors.length}.`);
  if (signal?.aborted) return Promise.reject(abortError());

  const source = createChunkSource(strategy, chunks.length, workers);
  const events: ChunkEvent<R>[] = [];
  let finished = false;

  const workerLoop = async (worker: number) => {
    for (let c = source.next(worker); c !== undefined && !finished; c = source.next(worker)) {
      const chunk = chunks[c];
      onDispatch?.({ chunk: c, worker, atMs: epochNow() - runStartEpochMs });
      const timed = await executors[worker](chunk);
      if (finished) return;
      const event: ChunkEvent<R> = {
        chunk: c,
        worker,
        items: itemsOf(chunk),
        startMs: timed.startEpochMs - runStartEpochMs,
        endMs: timed.endEpochMs - runStartEpochMs,
        result: timed.result,
      };
      events.push(event);
      onEvent?.(event);
    }
  };

  return new Promise<ChunkEvent<R>[]>((resolve, reject) => {
    const settle = (error?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve(events);
      else reject(error);
    };
    const onAbort = () => settle(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    Promise.all(Array.from({ length: workers }, (_, w) => workerLoop(w))).then(
      () => settle(),
      (error: unknown) => settle(error ?? new Error('A worker failed.')),
    );
  });
}
