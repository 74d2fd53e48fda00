import { describe, expect, it } from 'vitest';
import { piChunk, piKernel } from './pi';
import { checkPrimeChunk, costProfile, costProfileKernel, primeKernel, worstCaseDivisions, type PrimeChunkInput } from './primes';
import { BLOCK_SIZE } from './rng';

// Computed a piece at a time, a chunk gives exactly the result of computing it whole.

describe('a pi chunk in pieces', () => {
  const input = { seed: 7, firstStream: 13, samples: 37 * BLOCK_SIZE + 99, pointBlockStride: 3, pointsPerBlock: 2 };

  it.each([1, BLOCK_SIZE, 5 * BLOCK_SIZE, 1e9])('counts and records the same darts in pieces of %i darts', (size) => {
    const pieces = piKernel.split(input, size);
    expect(pieces.every((piece) => piece.samples <= Math.max(BLOCK_SIZE, Math.round(size / BLOCK_SIZE) * BLOCK_SIZE))).toBe(true);
    expect(piKernel.join(pieces.map(piKernel.run), input)).toEqual(piChunk(input));
  });

  it('keeps an empty chunk one empty piece', () => {
    const empty = { seed: 1, firstStream: 0, samples: 0 };
    expect(piKernel.split(empty, BLOCK_SIZE)).toEqual([empty]);
  });
});

describe('a prime chunk in pieces', () => {
  const cases: [string, PrimeChunkInput][] = [
    ['a range', { numbers: { from: 99_990, to: 120_003, step: 1 }, keepPrimes: 7 }],
    ['odd numbers only', { numbers: { from: 1_000_001, to: 1_040_000, step: 2 }, keepPrimes: 3 }],
    ['a list', { numbers: { list: Float64Array.from({ length: 3_000 }, (_, i) => 5_000_000 - 7 * i) }, keepPrimes: 4 }],
    ['numbers past 2^32', { numbers: { from: 2 ** 32 - 50, to: 2 ** 32 + 50, step: 1 }, keepPrimes: 2 }],
  ];

  it.each(cases)('%s gives the same counts and first primes in pieces of any size', (_, input) => {
    for (const divisions of [1, 2_000, 50_000, 1e12]) {
      const pieces = primeKernel.split(input, divisions);
      expect(primeKernel.join(pieces.map(primeKernel.run), input), `${divisions} divisions a piece`).toEqual(checkPrimeChunk(input));
    }
  });

  it('sizes pieces by the cost of a prime at their far end, and never leaves one empty', () => {
    const input = { numbers: { from: 100_000_001, to: 100_100_001, step: 2 as const } };
    const budget = 64 * worstCaseDivisions(100_100_001);
    for (const piece of primeKernel.split(input, budget)) {
      const { from, to } = piece.numbers as { from: number; to: number };
      expect(to).toBeGreaterThan(from);
      expect(((to - from) / 2) * worstCaseDivisions(to - 1)).toBeLessThanOrEqual(budget);
    }
    // A single check dearer than the budget is a piece of its own.
    expect(primeKernel.split({ numbers: { list: Float64Array.from([2 ** 53 - 111, 7]) } }, 10)).toHaveLength(2);
  });

  it('profiles costs the same in pieces', () => {
    const numbers = Float64Array.from({ length: 500 }, (_, i) => 10_000 + 37 * i);
    const pieces = costProfileKernel.split(numbers, 300);
    expect(pieces.length).toBeGreaterThan(1);
    expect(costProfileKernel.join(pieces.map(costProfileKernel.run), numbers)).toEqual(costProfile(numbers));
  });
});
