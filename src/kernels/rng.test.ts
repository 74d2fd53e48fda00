import { describe, expect, it } from 'vitest';
import { nextUint32, seedStream } from './rng';

describe('xoshiro128** streams', () => {
  it('matches the reference xoshiro128** output for a known state', () => {
    // State (1, 2, 3, 4): first outputs of the reference C implementation.
    const state = new Uint32Array([1, 2, 3, 4]);
    const outputs = Array.from({ length: 4 }, () => nextUint32(state));
    expect(outputs).toEqual([11520, 0, 5927040, 70819200]);
  });

  it('gives the same numbers for the same (seed, stream)', () => {
    const a = seedStream(42, 7);
    const b = seedStream(42, 7);
    expect(Array.from({ length: 8 }, () => nextUint32(a))).toEqual(Array.from({ length: 8 }, () => nextUint32(b)));
  });

  it('gives 10,000 streams of one seed that do not overlap in their first outputs', () => {
    const seen = new Set<number>();
    for (let k = 0; k < 10_000; k++) {
      const state = seedStream(123, k);
      for (let i = 0; i < 8; i++) seen.add(nextUint32(state));
    }
    // 80,000 draws from 2^32 values: about one repeat is expected by chance, a shared stream gives thousands.
    expect(seen.size).toBeGreaterThan(80_000 - 10);
  });

  it('gives uncorrelated neighbouring streams', () => {
    // Streams k and k + 1 feed adjacent blocks: their outputs must not move together.
    const a = seedStream(7, 1000);
    const b = seedStream(7, 1001);
    let agreeingBits = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) agreeingBits += 32 - popcount(nextUint32(a) ^ nextUint32(b));
    // Independent words agree on 16 of 32 bits on average (sd of the mean here: 0.04).
    expect(Math.abs(agreeingBits / n - 16)).toBeLessThan(0.3);
  });

  it('gives different streams for different seeds', () => {
    const a = seedStream(1, 0);
    const b = seedStream(2, 0);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('spreads outputs evenly over [0, 2^32)', () => {
    const state = seedStream(9, 3);
    const bins = new Array(16).fill(0);
    const n = 160_000;
    for (let i = 0; i < n; i++) bins[nextUint32(state) >>> 28]++;
    // Each bin expects 10,000 (sd 97): 6 sd is a failure, not noise.
    for (const count of bins) expect(Math.abs(count - n / 16)).toBeLessThan(600);
  });
});

function popcount(x: number): number {
  let count = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) count++;
  return count;
}
