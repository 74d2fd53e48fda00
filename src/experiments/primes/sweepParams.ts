// The prime lab's comparisons: the chunk-size, chunk-count and order sweeps, the cost profile and
// the kernel comparison, each checked against the same limits as a single run (./params.ts).
import { parseWholeNumber } from '../../lab/parseNumber';
import { formatCount } from '../../format';
import { MAX_CHECKABLE } from '../../kernels/primes';
import type { PrimeKernelName } from '../../kernels/kernelNames';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { THREADS_MODE_NEEDS_ISOLATION } from '../../gil/modes';
import { estimateCoreSeconds } from './estimate';
import { numbersIn } from './numbers';
import {
  checkRange,
  checkSweepTime,
  coresUsable,
  MAX_LISTED_NUMBERS,
  ORDERS,
  poolMapChunkSize,
  RANGE_RULE,
  SWEEP_NUMBERS_RULE,
  validatePrimeForm,
  WORKERS_RULE,
  type PrimeForm,
  type PrimeParams,
} from './params';

/** The chunk-size sweep: [From, From + numbers) at sizes 1, 2, 4, ... and the default. */
export interface ChunkSizeSweepPlan {
  base: PrimeParams;
  sizes: number[];
  defaultSize: number;
}

/** Sizes 1, 2, 4, ... below one chunk per worker, then one chunk per worker, plus the default. */
export function chunkSizeLadder(numbers: number, workers: number): number[] {
  const perWorker = Math.ceil(numbers / workers);
  const sizes = new Set<number>();
  for (let size = 1; size < perWorker; size *= 2) sizes.add(size);
  sizes.add(perWorker);
  sizes.add(poolMapChunkSize(numbers, workers));
  return [...sizes].sort((a, b) => a - b);
}

export function validateChunkSizeSweep(form: PrimeForm, { cores, canShareMemory }: LabContext): Validation<PrimeForm, ChunkSizeSweepPlan> {
  const errors: FieldErrors<PrimeForm> = {};
  if (form.mode === 'threads' && !canShareMemory) errors.mode = THREADS_MODE_NEEDS_ISOLATION;
  const from = take(parseWholeNumber(form.from, RANGE_RULE), 'from', errors);
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  const span = take(parseWholeNumber(form.sweepNumbers, SWEEP_NUMBERS_RULE), 'sweepNumbers', errors);
  if (from === undefined || workers === undefined || span === undefined || errors.mode) return invalid(errors);
  const range = { from, to: Math.min(MAX_CHECKABLE, from + span), skipEven: form.skipEven };
  const rangeError = checkRange(range, coresUsable(form, workers, cores));
  if (rangeError) return invalid({ sweepNumbers: rangeError });
  const count = numbersIn(range);
  const defaultSize = poolMapChunkSize(count, workers);
  const sizes = chunkSizeLadder(count, workers);
  const tooLong = checkSweepTime(
    range,
    sizes.length,
    sizes.reduce((sum, size) => sum + Math.ceil(count / size), 0),
    coresUsable(form, workers, cores),
  );
  if (tooLong) return invalid({ sweepNumbers: tooLong });
  const base = {
    ...range,
    workers,
    chunkSize: defaultSize,
    chunkSizeIsDefault: true,
    strategy: form.strategy,
    order: form.order,
    mode: form.mode,
    policy: form.policy,
    kernel: form.kernel,
  };
  return valid({ base, sizes, defaultSize });
}

/** The chunk-count sweep: the run's settings cut into 1, 2, ... 3W equal chunks. */
export function chunkCounts(workers: number, numbers: number): number[] {
  return Array.from({ length: Math.min(3 * workers, numbers) }, (_, i) => i + 1);
}

export function validateChunkCountSweep(form: PrimeForm, context: LabContext): Validation<PrimeForm, PrimeParams> {
  const { cores } = context;
  const run = validatePrimeForm(form, context);
  if (!run.value) return run;
  const counts = chunkCounts(run.value.workers, numbersIn(run.value));
  const tooLong = checkSweepTime(
    run.value,
    counts.length,
    counts.reduce((a, b) => a + b, 0),
    coresUsable(form, run.value.workers, cores),
  );
  return tooLong ? invalid({ to: tooLong }) : run;
}

/** The order comparison: the run's settings in each order, so every order's limits apply. */
export function validateOrderSweep(form: PrimeForm, context: LabContext): Validation<PrimeForm, PrimeParams> {
  const { cores } = context;
  const run = validatePrimeForm(form, context);
  if (!run.value) return run;
  const count = numbersIn(run.value);
  if (count > MAX_LISTED_NUMBERS) {
    return {
      value: null,
      errors: {
        to: `Compare orders shuffles and sorts every number of the range: at most ${formatCount(MAX_LISTED_NUMBERS)}, and this range has ${formatCount(count)}. Make the range smaller.`,
      },
    };
  }
  const tooLong = checkSweepTime(run.value, ORDERS.length, ORDERS.length * Math.ceil(count / run.value.chunkSize), coresUsable(form, run.value.workers, cores));
  return tooLong ? invalid({ to: tooLong }) : run;
}

// --- The cost profile ---

export interface ProfileRange {
  from: number;
  to: number;
}

/** Numbers sampled for the cost profile. */
export const PROFILE_SAMPLES = 4_000;
const MAX_PROFILE_SECONDS = 20;

export function validateProfile(form: PrimeForm): Validation<PrimeForm, ProfileRange> {
  const errors: FieldErrors<PrimeForm> = {};
  const from = take(parseWholeNumber(form.profileFrom, RANGE_RULE), 'profileFrom', errors);
  const to = take(parseWholeNumber(form.profileTo, RANGE_RULE), 'profileTo', errors);
  if (from === undefined || to === undefined) return invalid(errors);
  if (to <= from) return invalid({ profileTo: 'Profile to must be above Profile from.' });
  // The sample costs what its share of the range would.
  const share = Math.min(1, PROFILE_SAMPLES / (to - from));
  if (estimateCoreSeconds({ from, to, skipEven: false }) * share > MAX_PROFILE_SECONDS) {
    return {
      value: null,
      errors: {
        profileTo: `Numbers this large cost too much to profile ${formatCount(PROFILE_SAMPLES)} of them in seconds: keep the range below about 10^15.`,
      },
    };
  }
  return valid({ from, to });
}

/** What a kernel comparison runs: the run's settings with each kernel. */
export interface KernelPlan {
  base: PrimeParams;
  kernels: PrimeKernelName[];
}

export function validateKernelComparison(form: PrimeForm, context: LabContext): Validation<PrimeForm, KernelPlan> {
  const run = validatePrimeForm(form, context);
  return run.value ? valid({ base: run.value, kernels: ['js', 'wasm'] }) : run;
}
