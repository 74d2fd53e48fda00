// A job: the chunks of one run, and how each one runs on a worker or on the page's own thread.
import type { Remote } from 'comlink';
import type { Timed } from '../clock';
import type { ComputeApi } from '../../workers/computeApi';
import type { WorkerFactory } from './workerPool';

/**
 * `A` is the API of the workers the job runs on: the compute workers', unless the job brings its
 * own worker script (`worker`), which must expose a Comlink API with `ping()`.
 */
export interface Job<C, R, A = ComputeApi> {
  chunks: readonly C[];
  itemsOf(chunk: C): number;
  /**
   * Runs one chunk in lane `lane` (0-based) on that lane's worker. A run has a lane per
   * "worker" it asks for; each lane runs one chunk at a time.
   */
  onWorker(remote: Remote<A>, chunk: C, lane: number): Promise<Timed<R>>;
  /** Runs one chunk on the calling thread (the deliberate "main thread" mode). */
  onThisThread?(chunk: C): Timed<R>;
  /**
   * A small untimed call per fresh worker, so its JIT compiler has optimised the kernel before
   * the timed region starts (the book likewise leaves pool start-up out of its timings).
   */
  warmUp?(remote: Remote<A>, worker: number): Promise<unknown>;
  /** Starts one of the job's own workers (default: a compute worker). */
  worker?: WorkerFactory;
  /**
   * How many workers the run starts (default: a worker per lane). Lane i runs on worker i mod
   * this: e.g. many requests in flight to one simulated server. A job may start more workers
   * than it has lanes and reach the others itself (`warmUp` hears each one, with its index):
   * e.g. helpers that take work off the lanes.
   */
  workersFor?(lanes: number): number;
  /** The timed region starts now (ms since the Unix epoch), before the first chunk is handed out. */
  onStart?(runStartEpochMs: number): void;
  /** The run is over, however it ended; its workers are terminated right after. */
  onEnd?(): void;
}
