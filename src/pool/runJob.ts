// Runs a job (a list of chunks) on fresh workers, or on the page's own thread.
import { runChunks } from './runChunks';
import { epochNow } from './timed';
import { spawnWorkerPool, type ComputeRemote } from './workerPool';
import type { ChunkContext, ChunkEvent, Strategy, Timed } from './types';

export interface Job<C, R> {
  chunks: readonly C[];
  itemsOf(chunk: C): number;
  /** Runs one chunk on a worker. */
  onWorker(remote: ComputeRemote, chunk: C, context: ChunkContext): Promise<Timed<R>>;
  /** Runs one chunk on the calling thread (the deliberate "main thread" mode). */
  onThisThread(chunk: C, context: ChunkContext): Timed<R>;
}

export interface JobOptions<R> {
  workers: number;
  strategy: Strategy;
  signal?: AbortSignal;
  /** Called once workers are up, just before the timed region starts. */
  onStarted?(started: { spawnMs: number; runStartEpochMs: number }): void;
  onEvent?(event: ChunkEvent<R>): void;
}

export interface JobOutcome<R> {
  events: ChunkEvent<R>[];
  spawnMs: number;
  /** From the first dispatch until the last result arrived, on the page's clock. */
  wallMs: number;
}

/** Spawns `workers` workers, runs every chunk, and terminates them all, whatever happens. */
export async function runJobOnWorkers<C, R>(job: Job<C, R>, options: JobOptions<R>): Promise<JobOutcome<R>> {
  const pool = await spawnWorkerPool(options.workers, options.signal);
  try {
    const runStartEpochMs = epochNow();
    options.onStarted?.({ spawnMs: pool.spawnMs, runStartEpochMs });
    const events = await Promise.race([
      runChunks({
        chunks: job.chunks,
        itemsOf: job.itemsOf,
        workers: options.workers,
        strategy: options.strategy,
        executors: pool.remotes.map((remote) => (chunk: C, context: ChunkContext) => job.onWorker(remote, chunk, context)),
        runStartEpochMs,
        signal: options.signal,
        onEvent: options.onEvent,
      }),
      pool.failure,
    ]);
    return { events, spawnMs: pool.spawnMs, wallMs: epochNow() - runStartEpochMs };
  } finally {
    pool.terminate();
  }
}

/**
 * Runs every chunk on the page's thread, one after another. Each chunk blocks the page; between
 * chunks the event loop gets one turn, so Stop and a progress repaint can still get through.
 */
export async function runJobOnThisThread<C, R>(job: Job<C, R>, options: Omit<JobOptions<R>, 'workers' | 'strategy'>): Promise<JobOutcome<R>> {
  const runStartEpochMs = epochNow();
  options.onStarted?.({ spawnMs: 0, runStartEpochMs });
  const events = await runChunks({
    chunks: job.chunks,
    itemsOf: job.itemsOf,
    workers: 1,
    strategy: 'dynamic',
    executors: [
      async (chunk: C, context: ChunkContext) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        options.signal?.throwIfAborted();
        return job.onThisThread(chunk, context);
      },
    ],
    runStartEpochMs,
    signal: options.signal,
    onEvent: options.onEvent,
  });
  return { events, spawnMs: 0, wallMs: epochNow() - runStartEpochMs };
}
