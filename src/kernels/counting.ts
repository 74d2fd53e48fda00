// Lost updates: workers each add 1 to one shared counter, again and again. A plain
// read-modify-write (read the word, compute the new value, write it) loses the updates another
// worker made in between; Atomics.add and a lock do not.
import { lock, unlock } from './mutex';

export type CountingMethod = 'plain' | 'atomic' | 'locked';

/** Words of the shared Int32Array. */
export const COUNTER = {
  VALUE: 0,
  LOCK: 1,
  /** Workers at the starting line: they all start counting at once. */
  ARRIVED: 2,
  /** Set by Stop. */
  STOP: 3,
} as const;
export const COUNTER_WORDS = 4;

/** Increments between two looks at the stop word. */
const STOP_CHECK_EVERY = 4096;
const WAIT_SLICE_MS = 50;

export interface CountingResult {
  /** Increments made (fewer than asked only when stopped). */
  increments: number;
  stopped: boolean;
}

/**
 * The new value of the counter from the one read: one more, after a few dependent operations,
 * as an interpreter's `counter += 1` takes several steps between its read and its write. The
 * mixing never changes the result; it keeps the read and the write apart.
 */
function nextValue(seen: number): number {
  let mix = seen;
  for (let k = 0; k < 4; k++) mix = Math.imul(mix, 31) + k;
  return seen + 1 + (mix === 0x7fffffff && seen < 0 ? 1 : 0);
}

/** Waits until `workers` workers have arrived (false if stopped first). */
export function startLine(words: Int32Array, workers: number): boolean {
  const arrived = Atomics.add(words, COUNTER.ARRIVED, 1) + 1;
  if (arrived >= workers) Atomics.notify(words, COUNTER.ARRIVED);
  for (;;) {
    const now = Atomics.load(words, COUNTER.ARRIVED);
    if (now >= workers) return true;
    if (Atomics.load(words, COUNTER.STOP) !== 0) return false;
    Atomics.wait(words, COUNTER.ARRIVED, now, WAIT_SLICE_MS);
  }
}

/** Adds 1 to the counter `increments` times by `method`. Call after startLine. Workers only (the lock may block). */
export function countUp(words: Int32Array, method: CountingMethod, increments: number): CountingResult {
  const stopped = () => Atomics.load(words, COUNTER.STOP) !== 0;
  let done = 0;
  while (done < increments) {
    if (stopped()) return { increments: done, stopped: true };
    const block = Math.min(STOP_CHECK_EVERY, increments - done);
    if (method === 'plain') {
      for (let i = 0; i < block; i++) {
        const seen = words[COUNTER.VALUE];
        words[COUNTER.VALUE] = nextValue(seen);
      }
    } else if (method === 'atomic') {
      for (let i = 0; i < block; i++) Atomics.add(words, COUNTER.VALUE, 1);
    } else {
      for (let i = 0; i < block; i++) {
        if (!lock(words, COUNTER.LOCK, stopped)) return { increments: done + i, stopped: true };
        const seen = words[COUNTER.VALUE];
        words[COUNTER.VALUE] = nextValue(seen);
        unlock(words, COUNTER.LOCK);
      }
    }
    done += block;
  }
  return { increments: done, stopped: false };
}
