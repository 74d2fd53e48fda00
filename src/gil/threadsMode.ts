// The labs' threads mode: a job's chunks run on workers acting as simulated Python threads that
// share one simulated GIL. It wraps the job; the pool that runs it knows nothing of the GIL.
import type { Timed } from '../clock';
import type { Job } from '../pool/job';
import type { ComputeRemote } from '../pool/workerPool';
import type { GilThreadContext } from './chunks';
import type { GilSettings } from './lock';
import { createGilBuffers, stopThreads, type GilBuffers } from './shared';

/** What a job needs to offer a threads mode: a chunk computed only while its thread holds the GIL. */
export interface ThreadsCapable<C, R> {
  onGilThread?(remote: ComputeRemote, chunk: C, thread: GilThreadContext): Promise<Timed<R>>;
}

/** The simulated GIL of one run: its settings, and the memory its threads share (read live by views). */
export interface SimulatedGil {
  settings: GilSettings;
  buffers: GilBuffers;
}

export const NO_THREADS_MODE = 'This experiment has no threads mode.';

/** The job run by `threads` workers acting as threads under one GIL with these settings. */
export function asSimulatedThreads<C, R>(job: Job<C, R> & ThreadsCapable<C, R>, settings: GilSettings, threads: number): { job: Job<C, R>; gil: SimulatedGil } {
  const { onGilThread } = job;
  if (!onGilThread) throw new Error(NO_THREADS_MODE);
  // The labs draw no state timeline: their threads keep counters only, no log.
  const gil: SimulatedGil = { settings, buffers: createGilBuffers(threads, 0) };
  return {
    gil,
    job: {
      ...job,
      onWorker: (remote, chunk, thread) => onGilThread(remote, chunk, { ...gil, thread }),
      onStart(runStartEpochMs) {
        new Float64Array(gil.buffers.start)[0] = runStartEpochMs;
        job.onStart?.(runStartEpochMs);
      },
      onEnd() {
        // Simulated threads never return to their event loop mid-chunk on their own: ask them to.
        stopThreads(gil.buffers);
        job.onEnd?.();
      },
    },
  };
}
