// The prime lab's settings: what a person types, what a run needs, and the rules between them.
import { parseWholeNumber } from '../../lab/parseNumber';
import { formatCount } from '../../format';
import { MAX_CHECKABLE } from '../../kernels/primes';
import type { Strategy } from '../../pool/types';
import type { Policy } from '../../gil/lock';
import type { PrimeKernelName } from '../../kernels/kernelNames';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { THREADS_MODE_NEEDS_ISOLATION } from '../../gil/modes';
import { estimateCoreSeconds } from './estimate';
import { numbersIn, type NumberRange, type PrimeOrder } from './numbers';

/** On workers (processes), or on workers acting as threads that share a simulated GIL. */
export type PrimeMode = 'workers' | 'threads';

/** Everything a run needs, validated. */
export interface PrimeParams extends NumberRange {
  workers: number;
  /** Numbers per chunk, resolved (Pool.map's default when the field was empty). */
  chunkSize: number;
  chunkSizeIsDefault: boolean;
  strategy: Strategy;
  order: PrimeOrder;
  mode: PrimeMode;
  /** Threads mode: how the simulated GIL is passed between the threads. */
  policy: Policy;
  kernel: PrimeKernelName;
}

/** The form as typed: strings, so a half-typed value survives re-renders and links. */
export interface PrimeForm {
  from: string;
  to: string;
  workers: string;
  chunkSize: string;
  strategy: Strategy;
  order: PrimeOrder;
  skipEven: boolean;
  mode: PrimeMode;
  policy: Policy;
  kernel: PrimeKernelName;
  /** How many numbers, from From on, the chunk-size sweep checks at every size. */
  sweepNumbers: string;
  profileFrom: string;
  profileTo: string;
}

export const RANGE_RULE = { min: 0, max: MAX_CHECKABLE };
export const WORKERS_RULE = { min: 1, max: 64 };
/** More chunks than this only measures the page drawing them. */
export const MAX_CHUNKS = 20_000;
/** Shuffled and costliest-first orders list every number (8 bytes each) before the run. */
export const MAX_LISTED_NUMBERS = 4_000_000;
/** A run estimated to take longer than this on the cores it may use is refused. */
export const MAX_RUN_SECONDS = 60;
/** Likewise a whole sweep. */
export const MAX_SWEEP_SECONDS = 120;
/** What one chunk's round trip costs the page here (messages, scheduling, the live view). */
const CHUNK_OVERHEAD_SECONDS = 0.25e-3;
export const SWEEP_NUMBERS_RULE = { min: 100, max: MAX_CHUNKS };
/** Python's Pool.map: chunksize = ceil(len / (4 * workers)). */
export const POOL_MAP_CHUNKS_PER_WORKER = 4;

export const STRATEGIES: { value: Strategy; label: string }[] = [
  { value: 'dynamic', label: 'Dynamic queue (Pool.map)' },
  { value: 'static', label: 'Static blocks' },
  { value: 'roundRobin', label: 'Round-robin chunks' },
];

export const ORDERS: { value: PrimeOrder; label: string }[] = [
  { value: 'ascending', label: 'Ascending' },
  { value: 'shuffled', label: 'Shuffled' },
  { value: 'costliest', label: 'Costliest first' },
];

/** The book's range on every core. */
export function defaultPrimeForm(cores: number): PrimeForm {
  return {
    from: '100,000,000',
    to: '101,000,000',
    workers: String(Math.min(WORKERS_RULE.max, Math.max(1, Math.floor(cores) || 1))),
    chunkSize: '',
    strategy: 'dynamic',
    order: 'ascending',
    skipEven: false,
    mode: 'workers',
    policy: 'new',
    kernel: 'js',
    sweepNumbers: '20,000',
    profileFrom: '10,000',
    profileTo: '1,000,000',
  };
}

export function poolMapChunkSize(numbers: number, workers: number): number {
  return Math.max(1, Math.ceil(numbers / (POOL_MAP_CHUNKS_PER_WORKER * workers)));
}

/**
 * Checks what a run uses. `cores` bounds how fast the run can go, for the time limit; threads
 * mode needs shared memory, which only a cross-origin isolated page has.
 */
export function validatePrimeForm(form: PrimeForm, { cores, canShareMemory }: LabContext): Validation<PrimeForm, PrimeParams> {
  const errors: FieldErrors<PrimeForm> = {};
  if (form.mode === 'threads' && !canShareMemory) errors.mode = THREADS_MODE_NEEDS_ISOLATION;
  const from = take(parseWholeNumber(form.from, RANGE_RULE), 'from', errors);
  const to = take(parseWholeNumber(form.to, RANGE_RULE), 'to', errors);
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  if (from === undefined || to === undefined) return invalid(errors);

  const range = { from, to, skipEven: form.skipEven };
  const rangeError = checkRange(range, coresUsable(form, workers ?? 1, cores));
  if (rangeError) errors.to = rangeError;
  const count = numbersIn(range);
  if (!rangeError && form.order !== 'ascending' && count > MAX_LISTED_NUMBERS) {
    errors.order = `${ORDERS.find((o) => o.value === form.order)?.label} lists every number before the run: at most ${formatCount(MAX_LISTED_NUMBERS)}, and this range has ${formatCount(count)}. Use Ascending, or a smaller range.`;
  }

  let chunkSize: number | undefined;
  if (!rangeError && workers !== undefined) {
    if (form.chunkSize.trim() === '') chunkSize = poolMapChunkSize(count, workers);
    else {
      const parsed = parseWholeNumber(form.chunkSize, { min: 1, max: count });
      if (!parsed.ok)
        errors.chunkSize =
          parsed.reason === 'range' ? `Enter 1 to ${formatCount(count)}: a chunk holds 1 to all of the ${formatCount(count)} numbers.` : parsed.error;
      else if (Math.ceil(count / parsed.value) > MAX_CHUNKS) {
        errors.chunkSize = `That makes ${formatCount(Math.ceil(count / parsed.value))} chunks; at most ${formatCount(MAX_CHUNKS)} (beyond that the page spends its time drawing them). Use ${formatCount(Math.ceil(count / MAX_CHUNKS))} or more, or try chunk size 1 in the chunk-size sweep.`;
      } else chunkSize = parsed.value;
    }
  }

  if (Object.keys(errors).length > 0 || workers === undefined || chunkSize === undefined) return invalid(errors);
  return valid({
    ...range,
    workers,
    chunkSize,
    chunkSizeIsDefault: form.chunkSize.trim() === '',
    strategy: form.strategy,
    order: form.order,
    mode: form.mode,
    policy: form.policy,
    kernel: form.kernel,
  });
}

/** Cores a run can keep busy: under a simulated GIL, one at a time. */
export function coresUsable(form: Pick<PrimeForm, 'mode' | 'policy'>, workers: number, cores: number): number {
  if (form.mode === 'threads' && form.policy !== 'none') return 1;
  return Math.max(1, Math.min(workers, cores));
}

/** Why the range cannot run (empty, or too long for the cores it may use), or null. */
export function checkRange(range: NumberRange, parallel: number): string | null {
  if (range.to <= range.from) return `To must be above From: the range [From, To) is empty.`;
  if (numbersIn(range) === 0) return 'There is no odd number (and no 2) in this range to check.';
  const seconds = estimateCoreSeconds(range) / parallel;
  if (seconds > MAX_RUN_SECONDS) {
    return `This range would take about ${formatMinutes(seconds)} on ${parallel === 1 ? 'one core' : `${parallel} cores`} (trial division near ${formatCount(range.to)} costs up to ${formatCount(Math.round(Math.sqrt(range.to) / 2))} divisions per number). Keep it under about ${MAX_RUN_SECONDS} s: make the range smaller.`;
  }
  return null;
}

/** Why a sweep of `runs` runs of `range` would take too long, or null. */
export function checkSweepTime(range: NumberRange, runs: number, totalChunks: number, parallel: number): string | null {
  const seconds = (runs * estimateCoreSeconds(range) + totalChunks * CHUNK_OVERHEAD_SECONDS) / parallel;
  if (seconds <= MAX_SWEEP_SECONDS) return null;
  return `This sweep (${runs} runs) would take about ${formatMinutes(seconds)}; keep it under about ${MAX_SWEEP_SECONDS / 60} minutes: make the range smaller.`;
}

function formatMinutes(seconds: number): string {
  return seconds < 120
    ? `${Math.round(seconds)} s`
    : seconds < 7200
      ? `${Math.round(seconds / 60)} minutes`
      : `${formatCount(Math.round(seconds / 3600))} hours`;
}
