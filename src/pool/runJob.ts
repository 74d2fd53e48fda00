// Runs a job (a list of chunks) on fresh workers, or on the page's own thread.
import { runChunks } from './runChunks';
import { epochNow } from '../clock';
import { nextTask } from '../nextTask';
import { createComputeWorker, spawnWorkerPool, type ComputeRemote } from './workerPool';
import { abortable, type ChunkDispatch, type ChunkEvent, type Strategy, type Timed } from './types';
import type { GilThreadContext } from '../gil/chunks';
import type { GilSettings } from '../gil/lock';
import { stopThreads, type GilBuffers } from '../gil/shared';

export interface Job<C, R> {
  chunks: readonly C[];
  itemsOf(chunk: C): number;
  /** Runs one chunk on a worker. */
  onWorker(remote: ComputeRemote, chunk: C): Promise<Timed<R>>;
  /** Runs one chunk on a worker as a simulated thread, holding the simulated GIL ("threads" mode). */
  onGilThread?(remote: ComputeRemote, chunk: C, thread: GilThreadContext): Promise<Timed<R>>;
  /** Runs one chunk on the calling thread (the deliberate "main thread" mode). */
  onThisThread?(chunk: C): Timed<R>;
  /**
   * A small untimed call per fresh worker, so its JIT compiler has optimised the kernel before
   * the timed region starts (the book likewise leaves pool start-up out of its timings).
   */
  warmUp?(remote: ComputeRemote): Promise<unknown>;
}

export interface JobOptions<R> {
  workers: number;
  strategy: Strategy;
  signal?: AbortSignal;
  /** Called once workers are up, just before the timed region starts. */
  onStarted?(started: StartUp): void;
  onDispatch?(dispatch: ChunkDispatch): void;
  onEvent?(event: ChunkEvent<R>): void;
  /** Where workers come from (tests pass fakes). */
  createWorker?: typeof createComputeWorker;
  /** Threads mode: the workers act as simulated threads sharing one simulated GIL. */
  gil?: { settings: GilSettings; buffers: GilBuffers };
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
export async function runJobOnWorkers<C, R>(job: Job<C, R>, options: JobOptions<R>): Promise<JobOutcome<R>> {
  const { gil } = options;
  // Checked before any worker starts: a job without a threads mode fails at once.
  const onGilThread = gil ? offered(job.onGilThread, 'threads mode') : null;
  const pool = await spawnWorkerPool(options.workers, options.signal, options.createWorker);
  // However the run ends (a crashed worker, a worker error, Stop), the scheduler stops with it:
  // nothing more is dispatched or recorded.
  const schedulerStop = new AbortController();
  try {
    const warmUpStart = epochNow();
    if (job.warmUp) await abortable(Promise.race([Promise.all(pool.remotes.map((remote) => job.warmUp!(remote))), pool.failure]), options.signal);
    const runStartEpochMs = epochNow();
    const warmUpMs = runStartEpochMs - warmUpStart;
    if (gil) new Float64Array(gil.buffers.start)[0] = runStartEpochMs;
    options.onStarted?.({ spawnMs: pool.spawnMs, warmUpMs, runStartEpochMs });
    const events = await Promise.race([
      runChunks({
        chunks: job.chunks,
        itemsOf: job.itemsOf,
        workers: options.workers,
        strategy: options.strategy,
        executors: pool.remotes.map((remote, thread) =>
          gil && onGilThread ? (chunk: C) => onGilThread(remote, chunk, { ...gil, thread }) : (chunk: C) => job.onWorker(remote, chunk),
        ),
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
    // Simulated threads never return to their event loop mid-chunk on their own: ask them to.
    if (gil) stopThreads(gil.buffers);
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
export async function runJobOnThisThread<C, R>(job: Job<C, R>, options: Omit<JobOptions<R>, 'workers' | 'strategy' | 'createWorker'>): Promise<JobOutcome<R>> {
  const onThisThread = offered(job.onThisThread, 'main-thread mode');
  const runStartEpochMs = epochNow();
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
  });
  return { events, spawnMs: 0, warmUpMs: 0, wallMs: epochNow() - runStartEpochMs };
}
