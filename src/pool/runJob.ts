// Runs a job (a list of chunks) on fresh workers, or on the page's own thread.
import { runChunks } from './runChunks';
import { epochNow } from '../clock';
import { nextTask } from '../nextTask';
import { spawnWorkerPool, type WorkerFactory } from './workerPool';
import { abortable, type ChunkDispatch, type ChunkEvent, type Strategy } from './types';
import type { Job } from './job';

export interface JobOptions<R> {
  /** Lanes: how many chunks run at once (a worker each, unless the job shares workers). */
  workers: number;
  strategy: Strategy;
  signal?: AbortSignal;
  /** Called once workers are up, just before the timed region starts. */
  onStarted?(started: StartUp): void;
  onDispatch?(dispatch: ChunkDispatch): void;
  onEvent?(event: ChunkEvent<R>): void;
  /** Where workers come from, whatever the job says (tests pass fakes). */
  createWorker?: WorkerFactory;
}

/** What happened before the timed region: measured, shown, and left out of the wall time. */
export interface StartUp {
  /** From the first `new Worker` until every worker answered. */
  spawnMs: number;
  /** The job's warm-up calls on every worker. */
  warmUpMs: number;
  runStartEpochMs: number;
}

export interface JobOutcome<R> {
  events: ChunkEvent<R>[];
  spawnMs: number;
  warmUpMs: number;
  /** From the first dispatch until the last result arrived, on the page's clock. */
  wallMs: number;
}

/** Spawns `workers` workers, runs every chunk, and terminates them all, whatever happens. */
export async function runJobOnWorkers<C, R, A>(job: Job<C, R, A>, options: JobOptions<R>): Promise<JobOutcome<R>> {
  const workerCount = Math.max(1, job.workersFor?.(options.workers) ?? options.workers);
  const pool = await spawnWorkerPool<A>(workerCount, options.signal, options.createWorker ?? job.worker);
  // However the run ends (a crashed worker, a worker error, Stop), the scheduler stops with it:
  // nothing more is dispatched or recorded.
  const schedulerStop = new AbortController();
  try {
    const warmUpStart = epochNow();
    if (job.warmUp)
      await abortable(Promise.race([Promise.all(pool.remotes.map((remote, worker) => job.warmUp!(remote, worker))), pool.failure]), options.signal);
    const runStartEpochMs = epochNow();
    const warmUpMs = runStartEpochMs - warmUpStart;
    job.onStart?.(runStartEpochMs);
    options.onStarted?.({ spawnMs: pool.spawnMs, warmUpMs, runStartEpochMs });
    const events = await Promise.race([
      runChunks({
        chunks: job.chunks,
        itemsOf: job.itemsOf,
        workers: options.workers,
        strategy: options.strategy,
        executors: Array.from({ length: options.workers }, (_, lane) => (chunk: C) => job.onWorker(pool.remotes[lane % workerCount], chunk, lane)),
        runStartEpochMs,
        signal: options.signal ? AbortSignal.any([options.signal, schedulerStop.signal]) : schedulerStop.signal,
        onDispatch: options.onDispatch,
        onEvent: options.onEvent,
      }),
      pool.failure,
    ]);
    return { events, spawnMs: pool.spawnMs, warmUpMs, wallMs: epochNow() - runStartEpochMs };
  } finally {
    schedulerStop.abort();
    job.onEnd?.();
    pool.terminate();
  }
}

/** A way of running chunks that not every job offers. */
function offered<F>(step: F | undefined, mode: string): F {
  if (!step) throw new Error(`This experiment has no ${mode}.`);
  return step;
}

/**
 * Runs every chunk on the page's thread, one after another. Each chunk blocks the page; between
 * chunks the event loop gets one turn, so Stop and a repaint can still get through.
 */
export async function runJobOnThisThread<C, R, A>(
  job: Job<C, R, A>,
  options: Omit<JobOptions<R>, 'workers' | 'strategy' | 'createWorker'>,
): Promise<JobOutcome<R>> {
  const onThisThread = offered(job.onThisThread, 'main-thread mode');
  const runStartEpochMs = epochNow();
  job.onStart?.(runStartEpochMs);
  options.onStarted?.({ spawnMs: 0, warmUpMs: 0, runStartEpochMs });
  const events = await runChunks({
    chunks: job.chunks,
    itemsOf: job.itemsOf,
    workers: 1,
    strategy: 'dynamic',
    executors: [
      async (chunk: C) => {
        await nextTask();
        options.signal?.throwIfAborted();
        return onThisThread(chunk);
      },
    ],
    runStartEpochMs,
    signal: options.signal,
    onDispatch: options.onDispatch,
    onEvent: options.onEvent,
  }).finally(() => job.onEnd?.());
  return { events, spawnMs: 0, warmUpMs: 0, wallMs: epochNow() - runStartEpochMs };
}
