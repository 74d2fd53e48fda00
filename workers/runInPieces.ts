// A chunk computed piece by piece, returning to the worker's event loop every few milliseconds.
// Chromium terminates a worker that is busy in a long task only after a grace period of about
// 2 s; a worker that yields is gone within milliseconds of Stop.
import { epochNow, type Timed } from '../src/clock';
import type { Divisible } from '../src/kernels/pieces';
import { nextTask } from '../src/nextTask';

/** Longest stretch of work between two returns to the event loop (plus at most one piece). */
export const YIELD_EVERY_MS = 20;

export async function runInPieces<I, R>(kernel: Divisible<I, R>, input: I, pieceSize: number, clock: () => number = epochNow): Promise<Timed<R>> {
  const startEpochMs = clock();
  const parts: R[] = [];
  let lastYield = startEpochMs;
  for (const piece of kernel.split(input, pieceSize)) {
    parts.push(kernel.run(piece));
    if (clock() - lastYield >= YIELD_EVERY_MS) {
      await nextTask();
      lastYield = clock();
    }
  }
  return { result: kernel.join(parts, input), startEpochMs, endEpochMs: clock() };
}
