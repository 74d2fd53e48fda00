import { describe, expect, it } from 'vitest';
import { worstCaseDivisions } from '../../kernels/primes';
import { estimateCoreSeconds } from './estimate';
import { chunkBounds, chunkNumbers, listNumbers, numbersIn, type NumberRange, type PrimeOrder } from './numbers';

/** Every number a chunk holds, whatever its form. */
function expand(numbers: ReturnType<typeof chunkNumbers>[number]): number[] {
  if ('list' in numbers) return [...numbers.list];
  const out: number[] = [];
  for (let n = numbers.from; n < numbers.to; n += numbers.step) out.push(n);
  return out;
}

const ascendingOf = (range: NumberRange) => {
  const out: number[] = [];
  for (let n = range.from; n < range.to; n++) if (!range.skipEven || n % 2 === 1 || n === 2) out.push(n);
  return out;
};

describe('the numbers a run checks', () => {
  it.each([
    [{ from: 0, to: 10, skipEven: false }, 10],
    [{ from: 0, to: 10, skipEven: true }, 6], // 2, 1, 3, 5, 7, 9
    [{ from: 3, to: 4, skipEven: true }, 1],
    [{ from: 4, to: 5, skipEven: true }, 0],
    [{ from: 100_000_000, to: 101_000_000, skipEven: true }, 500_000],
  ])('%o holds %i numbers', (range, count) => {
    expect(numbersIn(range)).toBe(count);
    expect(listNumbers(range, 'ascending')).toHaveLength(count);
  });

  it('lists them ascending, with 2 first when skipping evens', () => {
    expect([...listNumbers({ from: 0, to: 12, skipEven: true }, 'ascending')]).toEqual([2, 1, 3, 5, 7, 9, 11]);
    expect([...listNumbers({ from: 5, to: 9, skipEven: false }, 'ascending')]).toEqual([5, 6, 7, 8]);
  });

  it('shuffles into a permutation that its seed replays', () => {
    const range = { from: 1_000, to: 3_000, skipEven: false };
    const a = listNumbers(range, 'shuffled', 7);
    expect([...a].sort((x, y) => x - y)).toEqual(ascendingOf(range));
    expect(a).toEqual(listNumbers(range, 'shuffled', 7));
    expect(a).not.toEqual(listNumbers(range, 'shuffled', 8));
  });

  it.each([false, true])('sorts costliest first by the most a check can cost (skip even: %s)', (skipEven) => {
    const range = { from: 0, to: 2_000, skipEven };
    const list = listNumbers(range, 'costliest');
    expect([...list].sort((x, y) => x - y)).toEqual(ascendingOf(range));
    for (let i = 1; i < list.length; i++) expect(worstCaseDivisions(list[i]), `position ${i}`).toBeLessThanOrEqual(worstCaseDivisions(list[i - 1]));
    expect(list[0]).toBe(1_999);
  });
});

describe('chunks', () => {
  it('cut by size as Pool.map does (the last one shorter), or into equal counts', () => {
    expect(chunkBounds(10, { by: 'size', size: 4 })).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(chunkBounds(10, { by: 'count', count: 3 })).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect(chunkBounds(2, { by: 'count', count: 5 })).toHaveLength(2);
  });

  const orders: PrimeOrder[] = ['ascending', 'shuffled', 'costliest'];
  it.each(orders.flatMap((order) => [false, true].map((skipEven) => [order, skipEven] as const)))(
    'hold every number exactly once, in the run order (%s, skip even %s)',
    (order, skipEven) => {
      const range = { from: 0, to: 1_001, skipEven };
      const bounds = chunkBounds(numbersIn(range), { by: 'size', size: 37 });
      const chunks = chunkNumbers(range, order, bounds, 3).map(expand);
      expect(chunks.map((c) => c.length)).toEqual(bounds.map(([a, b]) => b - a));
      expect(chunks.flat()).toEqual([...listNumbers(range, order, 3)]);
    },
  );

  it('travel as ranges in ascending order, except a first chunk that starts with 2', () => {
    const chunks = chunkNumbers({ from: 0, to: 100, skipEven: true }, 'ascending', [
      [0, 10],
      [10, 20],
    ]);
    expect('list' in chunks[0]).toBe(true);
    expect(chunks[1]).toEqual({ from: 19, to: 39, step: 2 }); // 2, 1, 3, 5, ...: position 10 holds 19
  });
});

describe('the work estimate', () => {
  it('puts the book range near the 1.1 s one core measured here (a sanity bound on its constants)', () => {
    const seconds = estimateCoreSeconds({ from: 100_000_000, to: 101_000_000, skipEven: false });
    expect(seconds).toBeGreaterThan(0.55);
    expect(seconds).toBeLessThan(2.2);
  });

  it('grows with the size of the numbers, and more so past 32 bits', () => {
    const small = estimateCoreSeconds({ from: 1e6, to: 1e6 + 1e5, skipEven: false });
    const large = estimateCoreSeconds({ from: 1e12, to: 1e12 + 1e5, skipEven: false });
    expect(large / small).toBeGreaterThan(1_000);
  });
});
