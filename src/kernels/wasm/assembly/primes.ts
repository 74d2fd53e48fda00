// Trial division, as src/kernels/primes.ts does it: the same smallest factor, the same count of
// trial divisions, for every n up to 2^53 - 1. Numbers cross the boundary as doubles.
//
// Memory is the caller's: it passes the address of a list to read, of an array for the primes
// it wants back, and of the per-number arrays of a cost profile, all above heapBase().

const UINT32_MAX: i64 = 0xffffffff;

/** Where the caller's memory starts: nothing in this module allocates. */
export function heapBase(): usize {
  return __heap_base;
}

/** The totals of the last check: numbers checked, primes found, trial divisions. */
export let checked: f64 = 0;
export let primes: f64 = 0;
export let divisions: f64 = 0;
let keptCount: i32 = 0;

/**
 * The smallest factor trial division finds: 2 for even n, else the first odd divisor up to
 * sqrt(n), else n itself; -1 for n < 2. Called once per number, which lets V8 tier it up.
 */
export function smallestFactor(n: f64): f64 {
  if (!(n >= 2)) return -1;
  // 32-bit remainders are the cheaper instruction; 64-bit ones are exact up to 2^53 and beyond.
  // Conversions go through signed integers, which V8 compiles to single instructions.
  const m = <i64>n;
  return m <= UINT32_MAX ? <f64><i64>factor32(<u32>m) : <f64>factor64(m);
}

function factor32(m: u32): u32 {
  if ((m & 1) == 0) return 2;
  const root = <u32>isqrt(m);
  for (let d: u32 = 3; d <= root; d += 2) if (m % d == 0) return d;
  return m;
}

function factor64(n: i64): i64 {
  if ((n & 1) == 0) return 2;
  const m = <u64>n;
  const root = <u64>isqrt(n);
  for (let d: u64 = 3; d <= root; d += 2) if (m % d == 0) return <i64>d;
  return n;
}

/** floor(sqrt(n)), exact: the double square root can be one off near perfect squares. */
function isqrt(n: i64): i64 {
  let root = <i64>Math.sqrt(<f64>n);
  while (root * root > n) root--;
  while ((root + 1) * (root + 1) <= n) root++;
  return root;
}

/** Trial divisions a check of n took: the parity test, then one per odd divisor tried. */
function trialDivisions(n: f64, factor: f64): f64 {
  if (!(n >= 2)) return 0;
  if (factor == 2) return 1;
  const lastTried = factor == n ? isqrt(<i64>n) : <i64>factor;
  return <f64>(max<i64>(0, (lastTried - 1) >> 1) + 1);
}

/** Checks n, adds it to the totals and, while there is room, to the primes kept. */
@inline function check(n: f64, kept: usize, keep: i32): void {
  const factor = smallestFactor(n);
  checked++;
  divisions += trialDivisions(n, factor);
  if (factor == n) {
    primes++;
    if (keptCount < keep) store<f64>(kept + (<usize>(keptCount++) << 3), n);
  }
}

@inline function reset(): void {
  checked = 0;
  primes = 0;
  divisions = 0;
  keptCount = 0;
}

/** Checks from, from + step, ... below to; keeps the first `keep` primes at `kept`. */
export function checkRange(from: f64, to: f64, step: f64, kept: usize, keep: i32): void {
  reset();
  for (let n = from; n < to; n += step) check(n, kept, keep);
}

/** Checks the `length` doubles at `list`; keeps the first `keep` primes at `kept`. */
export function checkList(list: usize, length: i32, kept: usize, keep: i32): void {
  reset();
  for (let i = 0; i < length; i++) check(load<f64>(list + (<usize>i << 3)), kept, keep);
}

/** The cost profile of the `length` doubles at `list`: trial divisions, and 1 for a prime. */
export function profileList(list: usize, length: i32, costs: usize, prime: usize): void {
  for (let i = 0; i < length; i++) {
    const n = load<f64>(list + (<usize>i << 3));
    const factor = smallestFactor(n);
    store<f64>(costs + (<usize>i << 3), trialDivisions(n, factor));
    store<u8>(prime + <usize>i, factor == n ? 1 : 0);
  }
}
