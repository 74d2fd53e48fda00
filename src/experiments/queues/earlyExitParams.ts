// Early exit's settings: the number to verify, how often each worker looks at the shared flag,
// and the smallest-factor histogram's range.
import { formatCount } from '../../format';
import { MAX_CHECKABLE } from '../../kernels/primes';
import { parseWholeNumber } from '../../lab/parseNumber';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { CHECK_INTERVALS, SHARED_MEMORY_NEEDS_ISOLATION, WORKERS_RULE, type QueuesForm } from './form';

/** The number a baseline run checks the flag at: only so that Stop is seen (a few ms apart). */
export const BASELINE_CHECK_EVERY = 1 << 20;

export const VERIFY_RULE = { min: 2, max: MAX_CHECKABLE };

export interface VerifyPreset {
  label: string;
  value: number;
}

/** The largest prime below 2^53. */
export const LARGE_PRIME = 2 ** 53 - 111;
/** 34,000,009 × 264,917,509. */
export const TWO_LARGE_FACTORS = 34_000_009 * 264_917_509;
/** 2^53 − 1 = 6,361 × 69,431 × 20,394,401. */
export const SMALL_FACTOR = 2 ** 53 - 1;

export const VERIFY_PRESETS: VerifyPreset[] = [
  { label: 'A large prime', value: LARGE_PRIME },
  { label: 'A product of two large primes', value: TWO_LARGE_FACTORS },
  { label: 'A number with a small factor', value: SMALL_FACTOR },
];

export interface EarlyExitParams {
  n: number;
  workers: number;
  /** The intervals measured: the one chosen, or all four. */
  intervals: number[];
}

function validateVerify(form: QueuesForm, context: LabContext, intervals: number[]): Validation<QueuesForm, EarlyExitParams> {
  const errors: FieldErrors<QueuesForm> = {};
  if (!context.canShareMemory) return invalid({ verifyNumber: `Early exit ${SHARED_MEMORY_NEEDS_ISOLATION}` });
  const n = take(parseWholeNumber(form.verifyNumber, VERIFY_RULE), 'verifyNumber', errors);
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  if (n === undefined || workers === undefined) return invalid(errors);
  return valid({ n, workers, intervals });
}

export const validateVerifyRun = (form: QueuesForm, context: LabContext) => validateVerify(form, context, [Number(form.checkEvery)]);
export const validateIntervalComparison = (form: QueuesForm, context: LabContext) => validateVerify(form, context, CHECK_INTERVALS.map(Number));

export interface HistogramParams {
  to: number;
  workers: number;
}

export function validateHistogram(form: QueuesForm): Validation<QueuesForm, HistogramParams> {
  const errors: FieldErrors<QueuesForm> = {};
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  return workers === undefined ? invalid(errors) : valid({ to: Number(form.histogramTo), workers });
}

export const verifyHint = `A whole number from 2 to ${formatCount(MAX_CHECKABLE)} (2^53 − 1). Each worker tries a share of the divisors up to its square root.`;
