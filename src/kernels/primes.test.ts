import { describe, expect, it } from 'vitest';
import { nextUint32, seedStream, UINT32_TO_UNIT } from './rng';
import { checkPrimeChunk, costProfile, isPrime, isqrt, MAX_CHECKABLE, smallestFactor, trialDivisions, worstCaseDivisions } from './primes';

/** The plain sieve of Eratosthenes: the independent reference. */
function sieve(limit: number): Uint8Array {
  const composite = new Uint8Array(limit);
  composite[0] = 1;
  composite[1] = 1;
  for (let i = 2; i * i < limit; i++) if (!composite[i]) for (let j = i * i; j < limit; j += i) composite[j] = 1;
  return composite;
}

const countIn = (from: number, to: number, step: 1 | 2 = 1) => checkPrimeChunk({ numbers: { from, to, step } }).primes;

describe('prime counts against the reference values', () => {
  it.each([
    [0, 8_192, 1_028],
    [0, 100_000, 9_592],
    [0, 1_000_000, 78_498],
    [10_000, 1_000_000, 77_269],
    [100_000_000, 101_000_000, 54_208],
  ])('[%i, %i) holds %i primes', (from, to, expected) => {
    expect(countIn(from, to)).toBe(expected);
  });

  it('finds 664,579 primes below ten million', () => {
    expect(countIn(0, 10_000_000)).toBe(664_579);
  });
});

describe('trial division agrees with a sieve', () => {
  const LIMIT = 2_000_000;
  const composite = sieve(LIMIT);
  const state = seedStream(2024, 0);
  const random = () => nextUint32(state) * UINT32_TO_UNIT;

  it('on every number below 10,000', () => {
    for (let n = 0; n < 10_000; n++) expect(isPrime(n), `n = ${n}`).toBe(composite[n] === 0);
  });

  it('on 40 random ranges, by count and by the primes listed', () => {
    for (let i = 0; i < 40; i++) {
      const from = Math.floor(random() * (LIMIT - 20_000));
      const to = from + 1 + Math.floor(random() * 20_000);
      const expected: number[] = [];
      for (let n = from; n < to; n++) if (!composite[n]) expected.push(n);
      const result = checkPrimeChunk({ numbers: { from, to, step: 1 }, keepPrimes: 1e9 });
      expect(result.primes, `[${from}, ${to})`).toBe(expected.length);
      expect(result.samplePrimes).toEqual(expected);
      expect(result.checked).toBe(to - from);
    }
  });
});

describe('the kernel near 2^53', () => {
  it('takes exact integer square roots where Math.sqrt rounds up', () => {
    for (const k of [94_906_265, 94_906_264, 67_108_864, 3]) {
      expect(isqrt(k * k)).toBe(k);
      expect(isqrt(k * k - 1)).toBe(k - 1);
    }
    expect(Math.floor(Math.sqrt(94_906_265 ** 2 - 1))).toBe(94_906_265); // the slip the kernel avoids
    expect(isqrt(MAX_CHECKABLE)).toBe(94_906_265);
  });

  it('finds a prime squared as composite (the largest such square below 2^53)', () => {
    const p = 94_906_249;
    expect(isPrime(p)).toBe(true);
    expect(smallestFactor(p * p)).toBe(p);
  });

  it('knows the largest safe integer is composite and the largest prime below 2^53 is prime', () => {
    expect(smallestFactor(MAX_CHECKABLE)).toBe(6_361); // 2^53 - 1 = 6361 × 69431 × 20394401
    expect(isPrime(2 ** 53 - 111)).toBe(true);
  });

  it('handles numbers just above the 32-bit fast path', () => {
    expect(isPrime(2_147_483_647)).toBe(true); // 2^31 - 1, the last number on the fast path
    expect(isPrime(2_147_483_659)).toBe(true); // the next prime, checked in doubles
    expect(smallestFactor(2_147_483_649)).toBe(3);
    expect(countIn(4_294_967_000, 4_294_968_000)).toBe(countBySieveOfSegment(4_294_967_000, 4_294_968_000));
  });
});

/** Primes in [from, to) by striking out multiples of every prime up to sqrt(to). */
function countBySieveOfSegment(from: number, to: number): number {
  const small = sieve(isqrt(to) + 1);
  const struck = new Uint8Array(to - from);
  for (let p = 2; p < small.length; p++) {
    if (small[p]) continue;
    for (let m = Math.max(p * p, Math.ceil(from / p) * p); m < to; m += p) struck[m - from] = 1;
  }
  return struck.reduce((count, s, i) => count + (s === 0 && from + i >= 2 ? 1 : 0), 0);
}

describe('the work a check takes', () => {
  it('counts one remainder for an even number and one per odd divisor tried', () => {
    expect(trialDivisions(1, smallestFactor(1))).toBe(0);
    expect(trialDivisions(2, smallestFactor(2))).toBe(1);
    expect(trialDivisions(1_000_000, smallestFactor(1_000_000))).toBe(1);
    expect(trialDivisions(3, smallestFactor(3))).toBe(1); // parity only: no odd divisor up to sqrt(3)
    expect(trialDivisions(9, smallestFactor(9))).toBe(2); // parity, then 3
    expect(trialDivisions(35, smallestFactor(35))).toBe(3); // parity, 3, 5
    expect(trialDivisions(97, smallestFactor(97))).toBe(5); // parity, 3, 5, 7, 9 (sqrt 97 ≈ 9.8)
  });

  it('is at most the worst case, which a prime reaches', () => {
    for (let n = 0; n < 5_000; n++) {
      const divisions = trialDivisions(n, smallestFactor(n));
      expect(divisions).toBeLessThanOrEqual(worstCaseDivisions(n));
      if (isPrime(n)) expect(divisions).toBe(worstCaseDivisions(n));
    }
  });

  it('sums over a chunk, and a chunk given as a list counts the same as a range', () => {
    const range = checkPrimeChunk({ numbers: { from: 1_000, to: 2_000, step: 1 } });
    let divisions = 0;
    for (let n = 1_000; n < 2_000; n++) divisions += trialDivisions(n, smallestFactor(n));
    expect(range.divisions).toBe(divisions);

    const reversed = Float64Array.from({ length: 1_000 }, (_, i) => 1_999 - i);
    const list = checkPrimeChunk({ numbers: { list: reversed }, keepPrimes: 3 });
    expect(list).toMatchObject({ checked: 1_000, primes: range.primes, divisions });
    expect(list.samplePrimes).toEqual([1_999, 1_997, 1_993]);
  });

  it('skips even numbers with step 2 from an odd start', () => {
    const odd = checkPrimeChunk({ numbers: { from: 1_001, to: 2_000, step: 2 } });
    expect(odd.checked).toBe(500);
    expect(odd.primes).toBe(countIn(1_000, 2_000));
  });

  it('profiles the cost of each number, marking the primes', () => {
    const profile = costProfile(Float64Array.from([4, 9, 97, 100]));
    expect([...profile.divisions]).toEqual([1, 2, 5, 1]);
    expect([...profile.prime]).toEqual([0, 0, 1, 0]);
  });
});
