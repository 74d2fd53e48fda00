// How often each smallest factor occurs among the composites of a range: most composites have a
// small factor, which is why trial division, and early exit, pay off for them and not for primes.
import type { Divisible } from './pieces';
import { isqrt, smallestFactor, splitPrimeChunk } from './primes';

export interface HistogramRange {
  /** [from, to), from >= 2. */
  from: number;
  to: number;
  /** Counts are kept for factors up to this (isqrt of the largest number the whole task checks). */
  maxFactor: number;
}

export interface FactorHistogram {
  /** counts[f]: composites whose smallest factor is f (f <= maxFactor). */
  counts: Float64Array;
  composites: number;
  primes: number;
}

export function factorHistogram({ from, to, maxFactor }: HistogramRange): FactorHistogram {
  const counts = new Float64Array(maxFactor + 1);
  let primes = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    const factor = smallestFactor(n);
    if (factor === n) primes++;
    else counts[factor]++;
  }
  return { counts, composites: to - Math.max(2, from) - primes, primes };
}

/** The largest factor counted for numbers below `to`. */
export function maxFactorBelow(to: number): number {
  return isqrt(Math.max(4, to - 1));
}

export function joinHistograms(parts: readonly FactorHistogram[], { maxFactor }: Pick<HistogramRange, 'maxFactor'>): FactorHistogram {
  const counts = new Float64Array(maxFactor + 1);
  let composites = 0;
  let primes = 0;
  for (const part of parts) {
    for (let f = 0; f < part.counts.length; f++) counts[f] += part.counts[f];
    composites += part.composites;
    primes += part.primes;
  }
  return { counts, composites, primes };
}

/** The histogram, a run of numbers (sized in trial divisions at worst) at a time. */
export const factorHistogramKernel: Divisible<HistogramRange, FactorHistogram> = {
  run: factorHistogram,
  split: (range, divisions) =>
    splitPrimeChunk({ numbers: { from: range.from, to: range.to, step: 1 } }, divisions).map((piece) =>
      'list' in piece.numbers ? range : { ...range, from: piece.numbers.from, to: piece.numbers.to },
    ),
  join: joinHistograms,
};
