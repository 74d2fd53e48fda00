// Verifying one large number by trial division, its divisors shared out between workers: the
// first to find a factor tells the others to stop. The kernel knows nothing of workers: it asks
// `shouldStop()` every `checkEvery` divisions, and the caller decides what that looks at.
import { isqrt, MAX_CHECKABLE } from './primes';

const INT32_MAX = 0x7fffffff;

/** One worker's share of the divisors: 2 (share 0 only), then the odd d in [from, to]. */
export interface FactorShare {
  withTwo: boolean;
  /** Odd; the share is empty when from > to. */
  from: number;
  to: number;
}

export interface FactorSearch extends FactorShare {
  n: number;
  /** Divisions between two calls of shouldStop (at least 1). */
  checkEvery: number;
}

export interface FactorSearchResult {
  /** The factor found, or null. */
  factor: number | null;
  /** Trial divisions done (remainders taken). */
  divisions: number;
  /** Ended because shouldStop() said so. */
  stopped: boolean;
}

/**
 * The divisors trial division tries for n (2, then odd 3 .. isqrt(n)), cut into `workers`
 * contiguous shares of (nearly) equal length, as the book splits the range between processes.
 */
export function factorShares(n: number, workers: number): FactorShare[] {
  if (!Number.isSafeInteger(n) || n < 2 || n > MAX_CHECKABLE) throw new RangeError(`n must be a whole number from 2 to ${MAX_CHECKABLE}`);
  const root = isqrt(n);
  const odd = Math.max(0, Math.floor((root - 1) / 2)); // 3, 5, ..., root
  return Array.from({ length: workers }, (_, w) => {
    const first = Math.floor((w * odd) / workers);
    const end = Math.floor(((w + 1) * odd) / workers);
    return { withTwo: w === 0, from: 3 + 2 * first, to: 1 + 2 * end };
  });
}

/** Divisions a share takes when nothing stops it and no factor is in it. */
export function shareDivisions(share: FactorShare): number {
  return (share.withTwo ? 1 : 0) + Math.max(0, (share.to - share.from) / 2 + 1);
}

/** Trial division of n by the share's divisors, asking shouldStop() every `checkEvery` divisions. */
export function searchFactor(search: FactorSearch, shouldStop: () => boolean): FactorSearchResult {
  const { n } = search;
  if (search.withTwo && n > 2 && n % 2 === 0) return { factor: 2, divisions: 1, stopped: false };
  const before = search.withTwo ? 1 : 0;
  const found = n <= INT32_MAX ? searchInt32(n | 0, search, shouldStop) : searchDouble(n, search, shouldStop);
  return { ...found, divisions: found.divisions + before };
}

// Two copies of one loop: 32-bit remainders compile to integer divisions, several times faster
// than the remainders of doubles the larger numbers need (as in primes.ts).

function searchInt32(m: number, { from, to, checkEvery }: FactorSearch, shouldStop: () => boolean): FactorSearchResult {
  let divisions = 0;
  let untilCheck = checkEvery;
  for (let d = from; d <= to; d += 2) {
    divisions++;
    if (m % d === 0) return { factor: d, divisions, stopped: false };
    if (--untilCheck === 0) {
      if (shouldStop()) return { factor: null, divisions, stopped: true };
      untilCheck = checkEvery;
    }
  }
  return { factor: null, divisions, stopped: false };
}

function searchDouble(n: number, { from, to, checkEvery }: FactorSearch, shouldStop: () => boolean): FactorSearchResult {
  let divisions = 0;
  let untilCheck = checkEvery;
  for (let d = from; d <= to; d += 2) {
    divisions++;
    if (n % d === 0) return { factor: d, divisions, stopped: false };
    if (--untilCheck === 0) {
      if (shouldStop()) return { factor: null, divisions, stopped: true };
      untilCheck = checkEvery;
    }
  }
  return { factor: null, divisions, stopped: false };
}
