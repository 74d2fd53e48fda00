// Trial division, as in the lesson: reject even numbers, then try odd divisors up to the square
// root. Pure: no DOM, no workers, no timers.
//
// The cost of a check is counted in trial divisions (remainder operations), the honest measure
// of per-number work: an even number costs one, a prime near n costs about sqrt(n) / 2.
import type { Divisible } from './pieces';

/** Largest integer a double holds exactly: the kernel is correct for 0 ..= this. */
export const MAX_CHECKABLE = Number.MAX_SAFE_INTEGER;

const INT32_MAX = 0x7fffffff;

/** floor(sqrt(n)), exact for every safe integer: Math.sqrt can round up at (near) perfect squares. */
export function isqrt(n: number): number {
  let root = Math.floor(Math.sqrt(n));
  while (root * root > n) root--;
  while ((root + 1) * (root + 1) <= n) root++;
  return root;
}

/**
 * The smallest factor trial division finds: 2 for even n, else the first odd divisor up to
 * sqrt(n), else n itself (n is prime). -1 for n < 2, which are neither prime nor composite.
 */
export function smallestFactor(n: number): number {
  if (n < 2) return -1;
  // 32-bit integers get a loop of integer remainders; V8 compiles them to integer divisions,
  // several times faster than the double remainder the larger numbers need.
  return n <= INT32_MAX ? smallestFactorInt32(n | 0) : smallestFactorDouble(n);
}

function smallestFactorInt32(m: number): number {
  if ((m & 1) === 0) return 2;
  const root = isqrt(m);
  for (let d = 3; d <= root; d += 2) if (m % d === 0) return d;
  return m;
}

function smallestFactorDouble(n: number): number {
  if (n % 2 === 0) return 2;
  const root = isqrt(n);
  for (let d = 3; d <= root; d += 2) if (n % d === 0) return d;
  return n;
}

/** Remainders the check of n took, given the factor it found (see smallestFactor). */
export function trialDivisions(n: number, factor: number): number {
  if (n < 2) return 0;
  if (factor === 2) return 1;
  return divisionsUpTo(factor === n ? isqrt(n) : factor);
}

/** The parity test, then one remainder per odd divisor 3, 5, ... up to `lastTried`. */
function divisionsUpTo(lastTried: number): number {
  return 1 + Math.max(0, Math.floor((lastTried - 1) / 2));
}

export function isPrime(n: number): boolean {
  return n >= 2 && smallestFactor(n) === n;
}

/** The most a check of n can cost: what it costs if n is prime. Known before checking. */
export function worstCaseDivisions(n: number): number {
  if (n < 2) return 0;
  if (n % 2 === 0) return 1;
  return divisionsUpTo(isqrt(n));
}

/** A chunk of numbers: a run [from, to) in steps of 1 or 2, or an explicit list. */
export type PrimeChunkNumbers = { from: number; to: number; step: 1 | 2 } | { list: Float64Array };

export interface PrimeChunkInput {
  numbers: PrimeChunkNumbers;
  /** Return up to this many of the primes found (for display); 0 returns none. */
  keepPrimes?: number;
}

export interface PrimeChunkResult {
  /** Numbers checked. */
  checked: number;
  primes: number;
  /** Trial divisions over the whole chunk: the work it took. */
  divisions: number;
  /** The first `keepPrimes` primes found, in the order checked. */
  samplePrimes: number[];
}

/** Checks every number of the chunk by trial division. */
export function checkPrimeChunk({ numbers, keepPrimes = 0 }: PrimeChunkInput): PrimeChunkResult {
  const result: PrimeChunkResult = { checked: 0, primes: 0, divisions: 0, samplePrimes: [] };
  const check = (n: number) => {
    const factor = smallestFactor(n);
    result.checked++;
    result.divisions += trialDivisions(n, factor);
    if (factor === n) {
      result.primes++;
      if (result.samplePrimes.length < keepPrimes) result.samplePrimes.push(n);
    }
  };
  if ('list' in numbers) for (const n of numbers.list) check(n);
  else for (let n = numbers.from; n < numbers.to; n += numbers.step) check(n);
  return result;
}

/**
 * Pieces of about `divisions` trial divisions each at worst (at least one number): a range is cut
 * into runs sized by the cost of checking a prime at their far end, a list into slices.
 */
export function splitPrimeChunk(input: PrimeChunkInput, divisions: number): PrimeChunkInput[] {
  const { numbers } = input;
  const pieces: PrimeChunkInput[] = [];
  if ('list' in numbers) {
    for (let start = 0; start < numbers.list.length || pieces.length === 0;) {
      let end = start;
      for (let cost = 0; end < numbers.list.length && (end === start || cost + worstCaseDivisions(numbers.list[end]) <= divisions); end++) {
        cost += worstCaseDivisions(numbers.list[end]);
      }
      pieces.push({ ...input, numbers: { list: numbers.list.subarray(start, end) } });
      start = end;
    }
    return pieces;
  }
  const { to, step } = numbers;
  // Sized by the dearest number of the range, its last: a piece of `count` numbers costs at most
  // `divisions` when every number in it is odd.
  const count = Math.max(1, Math.floor(divisions / Math.max(1, worstCaseDivisions(oddAtOrBelow(to - 1)))));
  for (let from = numbers.from; from < to || pieces.length === 0;) {
    const end = Math.min(to, from + count * step);
    pieces.push({ ...input, numbers: { from, to: end, step } });
    from = end;
  }
  return pieces;
}

function oddAtOrBelow(n: number): number {
  return n % 2 === 0 ? n - 1 : n;
}

export function joinPrimeResults(parts: readonly PrimeChunkResult[], input: PrimeChunkInput): PrimeChunkResult {
  const keep = input.keepPrimes ?? 0;
  const total: PrimeChunkResult = { checked: 0, primes: 0, divisions: 0, samplePrimes: [] };
  for (const part of parts) {
    total.checked += part.checked;
    total.primes += part.primes;
    total.divisions += part.divisions;
    total.samplePrimes.push(...part.samplePrimes.slice(0, keep - total.samplePrimes.length));
  }
  return total;
}

/** Trial division, a piece (sized in trial divisions at worst) at a time. */
export const primeKernel: Divisible<PrimeChunkInput, PrimeChunkResult> = { run: checkPrimeChunk, split: splitPrimeChunk, join: joinPrimeResults };

/** Per-number cost of a list of numbers: the cost profile (book figure 9-10). */
export interface CostProfile {
  numbers: Float64Array;
  divisions: Float64Array;
  /** 1 where the number is prime. */
  prime: Uint8Array;
}

export function costProfile(numbers: Float64Array): CostProfile {
  const divisions = new Float64Array(numbers.length);
  const prime = new Uint8Array(numbers.length);
  numbers.forEach((n, i) => {
    const factor = smallestFactor(n);
    divisions[i] = trialDivisions(n, factor);
    prime[i] = factor === n ? 1 : 0;
  });
  return { numbers, divisions, prime };
}

/** The cost profile, a slice of the list (sized in trial divisions at worst) at a time. */
export const costProfileKernel: Divisible<Float64Array, CostProfile> = {
  run: costProfile,
  split: (numbers, divisions) =>
    splitPrimeChunk({ numbers: { list: numbers } }, divisions).map((piece) => ('list' in piece.numbers ? piece.numbers.list : numbers)),
  join(parts, numbers) {
    const divisions = new Float64Array(numbers.length);
    const prime = new Uint8Array(numbers.length);
    let offset = 0;
    for (const part of parts) {
      divisions.set(part.divisions, offset);
      prime.set(part.prime, offset);
      offset += part.numbers.length;
    }
    return { numbers, divisions, prime };
  },
};
