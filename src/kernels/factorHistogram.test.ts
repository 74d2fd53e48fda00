import { describe, expect, it } from 'vitest';
import { factorHistogram, factorHistogramKernel, maxFactorBelow } from './factorHistogram';

/** Smallest prime factor of every n below `limit`, by a sieve: the independent reference. */
function smallestFactors(limit: number): Int32Array {
  const spf = new Int32Array(limit);
  for (let i = 2; i < limit; i++) if (spf[i] === 0) for (let j = i; j < limit; j += i) if (spf[j] === 0) spf[j] = i;
  return spf;
}

describe('the smallest-factor histogram', () => {
  it('counts composites below 10^6 by smallest factor, as a sieve does', () => {
    const limit = 1_000_000;
    const maxFactor = maxFactorBelow(limit);
    expect(maxFactor).toBe(999);
    const histogram = factorHistogram({ from: 2, to: limit, maxFactor });
    const spf = smallestFactors(limit);
    const expected = new Float64Array(maxFactor + 1);
    for (let n = 4; n < limit; n++) if (spf[n] !== n) expected[spf[n]]++;
    expect([...histogram.counts]).toEqual([...expected]);
    expect(histogram.primes).toBe(78_498);
    expect(histogram.composites).toBe(limit - 2 - 78_498);
    expect(histogram.counts[2]).toBe(499_998); // every even number from 4 to 999,998
  });

  it('gives the same histogram computed in pieces', () => {
    const range = { from: 2, to: 200_000, maxFactor: maxFactorBelow(200_000) };
    const pieces = factorHistogramKernel.split(range, 50_000);
    expect(pieces.length).toBeGreaterThan(3);
    const joined = factorHistogramKernel.join(pieces.map(factorHistogramKernel.run), range);
    expect(joined).toEqual(factorHistogram(range));
  });
});
