import { describe, expect, it } from 'vitest';
import type { Divisible } from '../src/kernels/pieces';
import { nextTask } from '../src/nextTask';
import { runInPieces, YIELD_EVERY_MS } from './runInPieces';

/** Sums numbers; each piece "takes" `msPerPiece` on a clock the test controls. */
function countingKernel(msPerPiece: number, clock: { now: number }, log: string[]): Divisible<number[], number> {
  return {
    run(piece) {
      clock.now += msPerPiece;
      log.push(`piece ${piece.join('+')}`);
      return piece.reduce((a, b) => a + b, 0);
    },
    split: (input, size) => Array.from({ length: Math.ceil(input.length / size) }, (_, i) => input.slice(i * size, (i + 1) * size)),
    join: (parts) => parts.reduce((a, b) => a + b, 0),
  };
}

describe('runInPieces', () => {
  it('returns to the event loop once every YIELD_EVERY_MS of work, so a waiting task runs in between', async () => {
    const clock = { now: 1_000 };
    const log: string[] = [];
    const kernel = countingKernel(YIELD_EVERY_MS * 0.6, clock, log);
    // A task queued before the chunk starts, as a termination request would be.
    void nextTask().then(() => log.push('other task'));
    const timed = await runInPieces(kernel, [1, 2, 3, 4, 5], 1, () => clock.now);
    expect(timed.result).toBe(15);
    // 0.6 + 0.6 of the interval: the first return to the event loop comes after piece 2.
    expect(log).toEqual(['piece 1', 'piece 2', 'other task', 'piece 3', 'piece 4', 'piece 5']);
    expect(timed).toMatchObject({ startEpochMs: 1_000, endEpochMs: 1_000 + 5 * YIELD_EVERY_MS * 0.6 });
  });

  it('runs a quick chunk straight through', async () => {
    const clock = { now: 0 };
    const log: string[] = [];
    void nextTask().then(() => log.push('other task'));
    await runInPieces(countingKernel(0.01, clock, log), [1, 2, 3], 1, () => clock.now);
    expect(log).toEqual(['piece 1', 'piece 2', 'piece 3']);
  });
});
