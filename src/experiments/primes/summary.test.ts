import { describe, expect, it } from 'vitest';
import { checkPrimeChunk } from '../../kernels/primes';
import { PrimeSummary, tallyPrimes } from './summary';

const eventFor = (chunk: number, from: number, to: number) => ({
  chunk,
  worker: chunk % 2,
  items: to - from,
  startMs: chunk,
  endMs: chunk + 1,
  result: checkPrimeChunk({ numbers: { from, to, step: 1 }, keepPrimes: 5 }),
});

describe('the prime tally', () => {
  // Chunks finish out of order: the sample must still be the smallest primes sent back.
  const events = [eventFor(0, 500, 600), eventFor(1, 100, 200), eventFor(2, 0, 100), eventFor(3, 300, 400)];

  it('adds up counts and keeps the ten smallest sampled primes, ascending', () => {
    expect(tallyPrimes(events)).toEqual({
      primes: 14 + 21 + 25 + 16, // [500, 600), [100, 200), [0, 100), [300, 400)
      checked: 400,
      divisions: events.reduce((sum, e) => sum + e.result.divisions, 0),
      samplePrimes: [2, 3, 5, 7, 11, 101, 103, 107, 109, 113],
      maxChunkDivisions: Math.max(...events.map((e) => e.result.divisions)),
    });
  });

  it('gives the same answer fed a few events at a time, as a live view feeds it', () => {
    const summary = new PrimeSummary();
    const log: typeof events = [];
    for (const event of events) {
      log.push(event);
      summary.catchUp(log);
    }
    expect(summary.catchUp(log)).toEqual(tallyPrimes(events));
  });
});
