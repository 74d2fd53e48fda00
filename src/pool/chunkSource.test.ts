import { describe, expect, it } from 'vitest';
import { createChunkSource } from './chunkSource';
import type { Strategy } from './types';

function drain(strategy: Strategy, chunks: number, workers: number): number[][] {
  const source = createChunkSource(strategy, chunks, workers);
  return Array.from({ length: workers }, (_, w) => {
    const taken: number[] = [];
    for (let c = source.next(w); c !== undefined; c = source.next(w)) taken.push(c);
    return taken;
  });
}

describe('createChunkSource', () => {
  it('static blocks split 10 chunks over 4 workers as 2, 3, 2, 3', () => {
    expect(drain('static', 10, 4)).toEqual([
      [0, 1],
      [2, 3, 4],
      [5, 6],
      [7, 8, 9],
    ]);
  });

  it('static blocks leave workers empty when there are fewer chunks than workers', () => {
    const perWorker = drain('static', 3, 8);
    expect(perWorker.flat().sort()).toEqual([0, 1, 2]);
    expect(perWorker.filter((q) => q.length === 0).length).toBe(5);
  });

  it('round-robin deals chunks like cards', () => {
    expect(drain('roundRobin', 7, 3)).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
  });

  it('the dynamic queue hands each chunk out once, to whoever asks first', () => {
    const source = createChunkSource('dynamic', 3, 2);
    expect([source.next(1), source.next(1), source.next(0), source.next(0)]).toEqual([0, 1, 2, undefined]);
  });
});
