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

/**
 * `work`, or an AbortError as soon as the signal aborts, whichever comes first. The abort
 * listener goes when either settles: one signal may serve a whole sweep of runs.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
