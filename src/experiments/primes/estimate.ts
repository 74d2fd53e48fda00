// How long a range takes to check, estimated before checking it: runs that would take
// minutes are refused up front.
import { isqrt } from '../../kernels/primes';
import type { NumberRange } from './numbers';

/** Roughly how fast one core does trial divisions here, in 32-bit and in double arithmetic. */
export const INT_DIVISIONS_PER_SECOND = 3e8;
export const DOUBLE_DIVISIONS_PER_SECOND = 6e7;

/**
 * Estimated seconds for one core to check the range: primes (density 1/ln n) cost sqrt(n)/2
 * divisions each; composites add about a quarter to that (measured over [0, 1e7) and the book's
 * range), plus one division per number. Summed over 32 slices so wide ranges are estimated well.
 */
export function estimateCoreSeconds(range: NumberRange): number {
  const SLICES = 32;
  let seconds = 0;
  for (let s = 0; s < SLICES; s++) {
    const from = range.from + ((range.to - range.from) * s) / SLICES;
    const to = range.from + ((range.to - range.from) * (s + 1)) / SLICES;
    const middle = Math.max(3, (from + to) / 2);
    const numbers = (to - from) * (range.skipEven ? 0.5 : 1);
    const primes = (to - from) / Math.log(middle);
    const divisions = numbers + 1.25 * primes * (isqrt(Math.floor(middle)) / 2);
    seconds += divisions / (middle > 0x7fffffff ? DOUBLE_DIVISIONS_PER_SECOND : INT_DIVISIONS_PER_SECOND);
  }
  return seconds;
}
