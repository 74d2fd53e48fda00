// The pool's vocabulary: what a chunk call returns and what the run log records.
import type { Timed } from '../clock';

export type { Timed };

/** How chunks are handed to workers. */
export type Strategy = 'dynamic' | 'static' | 'roundRobin';

/** One finished chunk: the unit of the run log, from which every chart is derived. */
export interface ChunkEvent<R> {
  chunk: number;
  worker: number;
  /** Work items in the chunk (darts, numbers). */
  items: number;
  /** Measured in the worker on the shared epoch clock, as milliseconds after the run started. */
  startMs: number;
  endMs: number;
  result: R;
}

/** Runs one chunk on one worker; the pool supplies workers, tests supply fakes. */
export type ChunkExecutor<C, R> = (chunk: C) => Promise<Timed<R>>;

/** A chunk handed to a worker and not finished yet. */
export interface ChunkDispatch {
  chunk: number;
  worker: number;
  /** Milliseconds since the run started, on the page's clock. */
  atMs: number;
}

export function abortError(): DOMException {
  return new DOMException('The run was stopped.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Rejects with an AbortError when the signal aborts (never settles otherwise). */
export function whenAborted(signal: AbortSignal | undefined): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
  aborted.catch(() => {}); // observed by whoever races it
  return aborted;
}
