// Trial division, as in the lesson: reject even numbers, then try odd divisors up to the square
// root. Pure: no DOM, no workers, no timers.
//
// The cost of a check is counted in trial divisions (remainder operations), the honest measure
// of per-number work: an even number costs one, a prime near n costs about sqrt(n) / 2.

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
