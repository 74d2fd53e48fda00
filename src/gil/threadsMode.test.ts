import { afterEach, describe, expect, it } from 'vitest';
import type { PiChunkResult } from '../kernels/pi';
import type { Job } from '../pool/job';
import { runJobOnWorkers } from '../pool/runJob';
import { fakeWorkerFactory, piJob } from '../pool/testing/fixtures';
import { defaultGilSettings } from './modes';
import { gilTotals } from './readStats';
import { LOCK } from './shared';
import { asSimulatedThreads, NO_THREADS_MODE, type ThreadsCapable } from './threadsMode';

type PiPlan = { firstStream: number; samples: number };

function threadsCapablePiJob(chunks: number): Job<PiPlan, PiChunkResult> & ThreadsCapable<PiPlan, PiChunkResult> {
  return { ...piJob(chunks, 4096 * 3), onGilThread: (remote, plan, thread) => remote.gilPiChunk({ seed: 1, ...plan }, thread) };
}

let workers = fakeWorkerFactory();
afterEach(() => {
  workers.closeAll();
  workers = fakeWorkerFactory();
});

describe('threads mode', () => {
  it('runs a job as simulated threads sharing one GIL, with the results it has on workers', async () => {
    const { job, gil } = asSimulatedThreads(threadsCapablePiJob(6), defaultGilSettings('old'), 2);
    const onThreads = await runJobOnWorkers(job, { workers: 2, strategy: 'dynamic', createWorker: workers.create });
    const onWorkers = await runJobOnWorkers(threadsCapablePiJob(6), { workers: 2, strategy: 'dynamic', createWorker: workers.create });
    const inside = (events: typeof onWorkers.events) => events.reduce((n, e) => n + e.result.inside, 0);
    expect(inside(onThreads.events)).toBe(inside(onWorkers.events));
    // Each chunk takes the lock once; no chunk reaches the 100-tick check interval.
    expect(gilTotals(gil.buffers, 0)).toMatchObject({ acquisitions: 6, holderViolations: 0 });
    // The run's end asks every thread to stop, so none outlives it mid-chunk.
    expect(Atomics.load(new Int32Array(gil.buffers.lock), LOCK.STOP)).toBe(1);
    expect(new Float64Array(gil.buffers.start)[0]).toBeGreaterThan(0);
  });

  it('is refused, before any worker starts, for a job that does not offer it', () => {
    expect(() => asSimulatedThreads(piJob(2, 5000), defaultGilSettings('new'), 2)).toThrow(NO_THREADS_MODE);
  });
});
