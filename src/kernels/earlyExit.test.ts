import { describe, expect, it } from 'vitest';
import { factorShares, searchFactor, shareDivisions } from './earlyExit';
import { isqrt, MAX_CHECKABLE, smallestFactor } from './primes';
import { nextUint32, seedStream, UINT32_TO_UNIT } from './rng';

const never = () => false;

/** Every share searched to the end (or its factor): the smallest factor any share found. */
function factorOf(n: number, workers: number): number | null {
  const found = factorShares(n, workers)
    .map((share) => searchFactor({ ...share, n, checkEvery: 7 }, never).factor)
    .filter((f): f is number => f !== null);
  return found.length ? Math.min(...found) : null;
}

describe('shares of the divisors', () => {
  it.each([2, 3, 4, 9, 25, 1_000_003, MAX_CHECKABLE])('cover 2 and the odd divisors up to isqrt(%i) once, for 1 to 5 workers', (n) => {
    const odd = Math.max(0, Math.floor((isqrt(n) - 1) / 2));
    for (let workers = 1; workers <= 5; workers++) {
      const shares = factorShares(n, workers);
      expect(shares.map((s) => s.withTwo)).toEqual(shares.map((_, w) => w === 0));
      expect(shares.reduce((sum, s) => sum + shareDivisions(s), 0)).toBe(1 + odd);
      shares.slice(1).forEach((share, w) => expect(share.from).toBe(shares[w].to + 2));
      expect(shares.at(-1)!.to).toBe(1 + 2 * odd);
    }
  });

  it('refuse numbers trial division cannot check exactly', () => {
    expect(() => factorShares(1, 2)).toThrow(RangeError);
    expect(() => factorShares(MAX_CHECKABLE + 1, 2)).toThrow(RangeError);
  });
});

describe('searching shares for a factor', () => {
  it('finds the smallest factor, or none for a prime, as trial division does', () => {
    const state = seedStream(99, 0);
    for (let i = 0; i < 300; i++) {
      const n = 2 + Math.floor(nextUint32(state) * UINT32_TO_UNIT * (i % 2 ? 1e12 : 3e9));
      const expected = smallestFactor(n);
      expect(factorOf(n, 1 + (i % 4)), `n = ${n}`).toBe(expected === n ? null : expected);
    }
  });

  it('is exact up to 2^53 - 1: its factor 6,361, and the largest prime below it', () => {
    expect(factorOf(MAX_CHECKABLE, 3)).toBe(6_361);
    expect(factorOf(2 ** 53 - 111, 4)).toBeNull();
  });

  it('counts its divisions and asks whether to stop every checkEvery of them', () => {
    const n = 1_000_003; // prime: its share runs to the end
    const [share] = factorShares(n, 1);
    let asked = 0;
    const result = searchFactor({ ...share, n, checkEvery: 10 }, () => (asked++, false));
    expect(result).toEqual({ factor: null, divisions: shareDivisions(share), stopped: false });
    expect(asked).toBe(Math.floor((shareDivisions(share) - 1) / 10));
  });

  it('stops at the first check that says so', () => {
    const n = 2 ** 53 - 111;
    const [, share] = factorShares(n, 2);
    let asked = 0;
    const result = searchFactor({ ...share, n, checkEvery: 1_000 }, () => ++asked === 3);
    expect(result).toEqual({ factor: null, divisions: 3_000, stopped: true });
  });
});
