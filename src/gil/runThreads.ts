// The page's side of a simulated-thread run: start the threads together, watch them through
// shared memory, and collect what they computed. One fresh worker per thread; Stop terminates
// them all, even those asleep in Atomics.wait.
import { epochNow } from '../clock';
import { abortable, abortError } from '../pool/types';
import { spawnWorkerPool, type WorkerFactory } from '../pool/workerPool';
import type { GilSettings } from './lock';
import { readThreadFigures } from './readStats';
import { createGilBuffers, LOCK, stopThreads, type GilBuffers } from './shared';
import type { ThreadOutcome, ThreadPlan } from './thread';

export interface ThreadsRun {
  settings: GilSettings;
  plans: ThreadPlan[];
  buffers: GilBuffers;
  status: 'starting' | 'running' | 'done' | 'stopped' | 'failed';
  error: string | null;
  /** Starting the workers (and their warm-up), measured apart. */
  spawnMs: number | null;
  runStartEpochMs: number | null;
  /** From the start signal until the last thread finished, on the threads' own clocks. */
  wallMs: number | null;
  outcomes: ThreadOutcome[] | null;
}

export function newThreadsRun(settings: GilSettings, plans: ThreadPlan[]): ThreadsRun {
  return {
    settings,
    plans,
    buffers: createGilBuffers(plans.length),
    status: 'starting',
    error: null,
    spawnMs: null,
    runStartEpochMs: null,
    wallMs: null,
    outcomes: null,
  };
}

/** Live views advance this often while the threads run. */
const LIVE_TICK_MS = 100;

/** Runs every thread to the end (or until Stop); records the outcome; never throws. */
export async function runThreads(run: ThreadsRun, signal: AbortSignal, changed: () => void, createWorker?: WorkerFactory): Promise<void> {
  const startedAt = epochNow();
  let ticker: ReturnType<typeof setInterval> | null = null;
  let terminate = () => {};
  const lock = new Int32Array(run.buffers.lock);
  // Ends the wait for the threads' start however the run ends.
  const startWatch = new AbortController();
  try {
    const pool = await spawnWorkerPool(run.plans.length, signal, createWorker);
    terminate = pool.terminate;
    const threads = Promise.all(pool.remotes.map((remote, i) => remote.gilThread(run.buffers, run.plans[i], run.settings)));
    threads.catch(() => {}); // raced below
    // Every thread warms up, then waits for the start signal.
    await abortable(Promise.race([whenReady(lock, run.plans.length, AbortSignal.any([signal, startWatch.signal])), threads, pool.failure]), signal);
    run.spawnMs = epochNow() - startedAt;
    run.runStartEpochMs = epochNow();
    new Float64Array(run.buffers.start)[0] = run.runStartEpochMs;
    Atomics.store(lock, LOCK.GO, 1);
    Atomics.notify(lock, LOCK.GO);
    run.status = 'running';
    ticker = setInterval(changed, LIVE_TICK_MS);
    changed();
    run.outcomes = await abortable(Promise.race([threads, pool.failure]), signal);
    run.status = 'done';
  } catch (error) {
    const stopped = error instanceof DOMException && error.name === 'AbortError';
    run.status = stopped ? 'stopped' : 'failed';
    run.error = stopped ? null : error instanceof Error ? error.message : String(error);
  } finally {
    startWatch.abort();
    // Threads asleep in Atomics.wait or deep in their work stop at once, so terminate() takes.
    stopThreads(run.buffers);
    terminate();
    if (ticker !== null) clearInterval(ticker);
    if (run.runStartEpochMs !== null) {
      const figures = readThreadFigures(run.buffers, epochNow() - run.runStartEpochMs);
      const finished = figures.map((f) => f.finishedMs);
      run.wallMs = run.status === 'done' ? Math.max(...finished.map((t) => t ?? 0)) : epochNow() - run.runStartEpochMs;
    }
    changed();
  }
}

/**
 * Resolves once `threads` threads have said they are ready (the page may not Atomics.wait, so it
 * polls); rejects with an AbortError when the signal aborts, leaving no timer behind.
 */
export function whenReady(lock: Int32Array, threads: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const check = () => {
      if (Atomics.load(lock, LOCK.READY) < threads) return void (timer = setTimeout(check, 2));
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    check();
  });
}
