// The cost profile (the book's figure 9-10): trial divisions per number over a range, from a sample.
import type { CostProfile } from '../../kernels/primes';
import { nextUint32, seedStream, UINT32_TO_UNIT } from '../../kernels/rng';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { PROFILE_SAMPLES, type ProfileRange } from './sweepParams';

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

/** What a profile adds up to: how many of the numbers were prime, and what a check cost each kind. */
export interface ProfileFigures {
  numbers: number;
  primes: number;
  /** Mean trial divisions per prime, and per other number (null when the sample has none). */
  primeMeanDivisions: number | null;
  compositeMeanDivisions: number | null;
}

export function profileFigures({ numbers, divisions, prime }: CostProfile): ProfileFigures {
  let primes = 0;
  let primeDivisions = 0;
  let otherDivisions = 0;
  divisions.forEach((cost, i) => {
    if (prime[i]) {
      primes++;
      primeDivisions += cost;
    } else otherDivisions += cost;
  });
  const others = numbers.length - primes;
  return {
    numbers: numbers.length,
    primes,
    primeMeanDivisions: primes > 0 ? primeDivisions / primes : null,
    compositeMeanDivisions: others > 0 ? otherDivisions / others : null,
  };
}

/** The profile's settings: the range and the seed of its sample. */
export type ProfileSettings = ProfileRange & { seed: number };
export type ProfileRecord = RunRecord<ProfileSettings, CostProfile, null>;
export type ProfileTask = Series<ProfileSettings, ProfileRecord, never>;

/** The sampled numbers, checked on one fresh worker: the page only draws them. */
export function newProfileTask(range: ProfileRange, seed: number): { task: ProfileTask; run: TaskRunner<ProfileTask> } {
  const settings = { ...range, seed };
  const prepare = () => {
    const job: Job<Float64Array, CostProfile> = {
      chunks: [sampleNumbers(range, PROFILE_SAMPLES, seed)],
      itemsOf: (chunk) => chunk.length,
      onWorker: (remote, chunk) => remote.costProfile(chunk),
    };
    const setup = {
      experiment: 'primes',
      settings,
      mode: 'workers' as const,
      workers: 1,
      strategy: 'dynamic' as const,
      environment: captureEnvironment(),
      instruments: null,
    };
    return { record: newRunRecord(setup, job), job };
  };
  const task = newSeries<ProfileSettings, ProfileRecord, never>('profile', [settings]);
  return { task, run: (state, context) => runSeries(state, { prepare, toPoint: () => null }, context) };
}
