// The numbers a prime run checks, in the order it hands them out, cut into chunks.
import type { PrimeChunkNumbers } from '../../kernels/primes';
import { nextUint32, seedStream } from '../../kernels/rng';

export type PrimeOrder = 'ascending' | 'shuffled' | 'costliest';

/** The range [from, to), all of it or only 2 and the odd numbers. */
export interface NumberRange {
  from: number;
  to: number;
  skipEven: boolean;
}

/** How many numbers a run checks. */
export function numbersIn({ from, to, skipEven }: NumberRange): number {
  if (!skipEven) return to - from;
  return oddsIn(from, to) + (from <= 2 && 2 < to ? 1 : 0);
}

function oddsIn(from: number, to: number): number {
  const firstOdd = from % 2 === 0 ? from + 1 : from;
  return firstOdd >= to ? 0 : Math.floor((to - 1 - firstOdd) / 2) + 1;
}

/**
 * Numbers in ascending order as an arithmetic run with, when skipping evens, 2 in front: the
 * i-th number without listing them all.
 */
function ascending(range: NumberRange): { leadingTwo: boolean; first: number; step: 1 | 2 } {
  if (!range.skipEven) return { leadingTwo: false, first: range.from, step: 1 };
  const firstOdd = range.from % 2 === 0 ? range.from + 1 : range.from;
  return { leadingTwo: range.from <= 2 && 2 < range.to, first: firstOdd, step: 2 };
}

/** Every number of the range in the given order. Shuffled and costliest-first list them all. */
export function listNumbers(range: NumberRange, order: PrimeOrder, shuffleSeed = 0): Float64Array {
  const count = numbersIn(range);
  const list = new Float64Array(count);
  const { leadingTwo, first, step } = ascending(range);
  let i = 0;
  if (leadingTwo) list[i++] = 2;
  for (let n = first; i < count; n += step) list[i++] = n;
  if (order === 'shuffled') shuffle(list, shuffleSeed);
  if (order === 'costliest') sortCostliestFirst(list, range);
  return list;
}

/** Fisher-Yates with the app's seeded generator: a shuffle can be replayed from its seed. */
function shuffle(list: Float64Array, seed: number): void {
  const state = seedStream(seed, 0);
  for (let i = list.length - 1; i > 0; i--) {
    // Modulo bias is below 1e-3 for the list sizes allowed here; it does not matter for a shuffle.
    const j = nextUint32(state) % (i + 1);
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
}

/**
 * Orders the numbers by what a check can cost at most (worstCaseDivisions), highest first. That
 * cost is what is known before checking: for an odd number it grows with the number, an even
 * one costs one division, 0 and 1 none. So the order is the odd numbers from 3 up, descending;
 * then the even numbers, descending (3, 5 and 7 cost one division too; they stay with the odd
 * ones); then 1 and 0. Built in one pass: a comparison sort of millions of numbers would
 * freeze the page.
 */
function sortCostliestFirst(list: Float64Array, range: NumberRange): void {
  let i = 0;
  const lastOdd = (range.to - 1) % 2 === 0 ? range.to - 2 : range.to - 1;
  for (let n = lastOdd; n >= Math.max(3, range.from); n -= 2) list[i++] = n;
  if (!range.skipEven) {
    const lastEven = (range.to - 1) % 2 === 0 ? range.to - 1 : range.to - 2;
    for (let n = lastEven; n >= Math.max(2, range.from); n -= 2) list[i++] = n;
  } else if (range.from <= 2 && 2 < range.to) list[i++] = 2;
  if (range.from <= 1 && 1 < range.to) list[i++] = 1;
  if (range.from === 0 && !range.skipEven) list[i++] = 0;
}

/** How a run's numbers are cut: Pool.map's fixed chunk size, or a given number of equal chunks. */
export type Chunking = { by: 'size'; size: number } | { by: 'count'; count: number };

/** [start, end) positions in the run's sequence of numbers, one pair per chunk. */
export function chunkBounds(count: number, chunking: Chunking): [number, number][] {
  const bounds: [number, number][] = [];
  if (chunking.by === 'size') {
    for (let start = 0; start < count; start += chunking.size) bounds.push([start, Math.min(count, start + chunking.size)]);
  } else {
    const chunks = Math.min(chunking.count, count);
    for (let c = 0; c < chunks; c++) bounds.push([Math.floor((c * count) / chunks), Math.floor(((c + 1) * count) / chunks)]);
  }
  return bounds;
}

/**
 * The numbers of each chunk, as the worker receives them. Ascending runs travel as a range;
 * other orders as a copy of their slice of the list (a view would send the whole list).
 */
export function chunkNumbers(range: NumberRange, order: PrimeOrder, bounds: readonly [number, number][], shuffleSeed = 0): PrimeChunkNumbers[] {
  if (order !== 'ascending') {
    const list = listNumbers(range, order, shuffleSeed);
    return bounds.map(([start, end]) => ({ list: list.slice(start, end) }));
  }
  const { leadingTwo, first, step } = ascending(range);
  const offset = leadingTwo ? 1 : 0;
  return bounds.map(([start, end]) => {
    if (leadingTwo && start === 0) {
      const list = new Float64Array(end - start);
      list[0] = 2;
      for (let i = 1; i < list.length; i++) list[i] = first + (i - 1) * step;
      return { list };
    }
    return { from: first + (start - offset) * step, to: first + (end - offset) * step, step };
  });
}
