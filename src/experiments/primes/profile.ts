// The cost profile (the book's figure 9-10): trial divisions per number over a range, from a sample.
import type { CostProfile } from '../../kernels/primes';
import { nextUint32, seedStream, UINT32_TO_UNIT } from '../../kernels/rng';
import { runJobOnWorkers, type Job } from '../../pool/runJob';
import { isAbortError } from '../../pool/types';
import type { LiveTaskContext } from '../../runs/useLiveTask';
import { PROFILE_SAMPLES, type ProfileRange } from './params';

export interface CostProfileRun extends ProfileRange {
  status: 'running' | 'done' | 'stopped' | 'failed';
  error: string | null;
  profile: CostProfile | null;
  /** Measured on the worker that computed it. */
  computeMs: number | null;
}

/** Distinct numbers spread at random over [from, to): every number when the range is small. */
export function sampleNumbers({ from, to }: ProfileRange, count: number, seed: number): Float64Array {
  const span = to - from;
  if (span <= count) return Float64Array.from({ length: span }, (_, i) => from + i);
  // One number in each of `count` equal strata, at a random place in it: spread and distinct.
  const state = seedStream(seed, 0);
  return Float64Array.from({ length: count }, (_, i) => {
    const start = from + Math.floor((i * span) / count);
    const end = from + Math.floor(((i + 1) * span) / count);
    return start + Math.floor(nextUint32(state) * UINT32_TO_UNIT * (end - start));
  });
}

export function newCostProfileRun(range: ProfileRange): CostProfileRun {
  return { ...range, status: 'running', error: null, profile: null, computeMs: null };
}

/** Computes the profile on one fresh worker: the page only draws it. */
export async function runCostProfile(run: CostProfileRun, { signal, changed }: LiveTaskContext, seed: number): Promise<void> {
  const numbers = sampleNumbers(run, PROFILE_SAMPLES, seed);
  const job: Job<Float64Array, CostProfile> = {
    chunks: [numbers],
    itemsOf: (chunk) => chunk.length,
    onWorker: (remote, chunk) => remote.costProfile(chunk),
  };
  try {
    const { events } = await runJobOnWorkers(job, { workers: 1, strategy: 'dynamic', signal });
    run.profile = events[0].result;
    run.computeMs = events[0].endMs - events[0].startMs;
    run.status = 'done';
  } catch (error) {
    run.status = isAbortError(error) ? 'stopped' : 'failed';
    run.error = isAbortError(error) ? null : error instanceof Error ? error.message : String(error);
  }
  changed();
}
