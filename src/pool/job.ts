// A job: the chunks of one run, and how each one runs on a worker or on the page's own thread.
import type { Timed } from '../clock';
import type { ComputeRemote } from './workerPool';

export interface Job<C, R> {
  chunks: readonly C[];
  itemsOf(chunk: C): number;
  /** Runs one chunk on worker `worker` (0-based). */
  onWorker(remote: ComputeRemote, chunk: C, worker: number): Promise<Timed<R>>;
  /** Runs one chunk on the calling thread (the deliberate "main thread" mode). */
  onThisThread?(chunk: C): Timed<R>;
  /**
   * A small untimed call per fresh worker, so its JIT compiler has optimised the kernel before
   * the timed region starts (the book likewise leaves pool start-up out of its timings).
   */
  warmUp?(remote: ComputeRemote, worker: number): Promise<unknown>;
  /** The timed region starts now (ms since the Unix epoch), before the first chunk is handed out. */
  onStart?(runStartEpochMs: number): void;
  /** The run is over, however it ended; its workers are terminated right after. */
  onEnd?(): void;
}
