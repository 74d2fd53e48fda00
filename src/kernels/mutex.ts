// A mutex in one shared Int32 word, as a futex-based lock is built (U. Drepper, "Futexes Are
// Tricky", mutex 2): 0 free, 1 held, 2 held with sleepers. Taking a free lock is one
// compare-and-swap; a waiter sleeps in Atomics.wait and is woken by the holder's unlock.

/** Longest single sleep: each wait is re-checked, so this only bounds how late Stop is seen. */
const WAIT_SLICE_MS = 50;

/** Blocks until this thread holds the lock at `index`; false if `stopped()` said so first. Workers only. */
export function lock(words: Int32Array, index: number, stopped: () => boolean): boolean {
  let state = Atomics.compareExchange(words, index, 0, 1);
  if (state === 0) return true;
  if (state !== 2) state = Atomics.exchange(words, index, 2);
  while (state !== 0) {
    if (stopped()) return false;
    Atomics.wait(words, index, 2, WAIT_SLICE_MS);
    state = Atomics.exchange(words, index, 2);
  }
  return true;
}

export function unlock(words: Int32Array, index: number): void {
  // 1 -> 0: nobody waits. 2 -> 1 -> 0: wake one sleeper, which takes the lock as "2".
  if (Atomics.sub(words, index, 1) !== 1) {
    Atomics.store(words, index, 0);
    Atomics.notify(words, index, 1);
  }
}
