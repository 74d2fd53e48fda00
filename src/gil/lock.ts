// The simulated GIL: one lock word in shared memory, taken and given up as CPython's GILs do
// (see ../shared/GIL.md and the README). Every wait is an Atomics.wait on a shared word, so a
// waiting thread sleeps as a real one would, and Stop can still terminate it.
import type { StateRecorder } from './recorder';
import { LOCK, STAT, STATE, throwIfStopped, type ThreadState, type ThreadViews } from './shared';

export type Policy = 'none' | 'old' | 'new';

export interface GilSettings {
  policy: Policy;
  /** Old GIL: ticks between a holder's release and re-take. */
  checkInterval: number;
  /** New GIL: how long a waiter waits before asking the holder to drop the lock. */
  switchIntervalMs: number;
}

/** Blocking and waking: Atomics in a worker; a scripted stand-in in unit tests. */
export interface Sync {
  wait(lock: Int32Array, index: number, expected: number, timeoutMs: number): 'ok' | 'not-equal' | 'timed-out';
  notify(lock: Int32Array, index: number, count: number): number;
  /** Watches a word without sleeping for up to timeoutMs; true once it no longer holds `expected`. */
  watch(lock: Int32Array, index: number, expected: number, timeoutMs: number): boolean;
}

export const atomicsSync: Sync = {
  wait: (lock, index, expected, timeoutMs) => Atomics.wait(lock, index, expected, timeoutMs),
  notify: (lock, index, count) => Atomics.notify(lock, index, count),
  watch(lock, index, expected, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (Atomics.load(lock, index) !== expected) return true;
      if (performance.now() >= deadline) return false;
    }
  },
};

/**
 * Longest single wait. Every wait is re-checked in a loop, so this only bounds how long a lost
 * wake-up (there should be none) could stall a thread.
 */
const WAIT_SLICE_MS = 250;

/**
 * New GIL: how long a waiter that has asked for a drop watches the lock before it sleeps again.
 * The holder lets go at its next checkpoint, a tick (about 1.5 µs) away. A thread asleep for
 * milliseconds takes tens of µs to wake on a virtual machine's idle core (measured: 30-70 µs,
 * against about 5-17 µs for one that slept a few µs), which would be the machine's cost charged
 * to the hand-off. A holder that has not let go by then has lost its core: sleep after all.
 */
export const DROP_WATCH_MS = 0.05;

export class SimulatedGil {
  private readonly lock: Int32Array;
  private readonly stats: Float64Array;
  private readonly me: number;

  constructor(
    views: ThreadViews,
    private readonly settings: GilSettings,
    private readonly recorder: StateRecorder,
    private readonly sync: Sync,
  ) {
    this.lock = views.lock;
    this.stats = views.stats;
    this.me = views.thread + 1;
  }

  /** Blocks until this thread holds the lock; then it is running. */
  take(): void {
    throwIfStopped(this.lock);
    if (this.settings.policy === 'none') return this.recorder.enter(STATE.RUNNING);
    if (!this.tryLock()) {
      this.recorder.enter(STATE.WAITING);
      if (this.settings.policy === 'old') this.waitOld();
      else this.waitNew();
    }
    this.acquired();
  }

  /** Called by the holder after every tick: the policy's chance to switch threads. */
  checkpoint(): void {
    throwIfStopped(this.lock);
    const { policy, checkInterval } = this.settings;
    if (policy === 'old') {
      // Kept in shared memory: a lab thread comes back for chunk after chunk, and its count goes
      // on across them. (Python 2 kept one count for the whole interpreter; one per thread is
      // this model's simplification.)
      if (++this.stats[STAT.TICKS_SINCE_CHECK] < checkInterval) return;
      // Python 2: release, signal a waiter, and try to take it straight back. The releasing
      // thread is still running, so it usually wins: the woken waiter's attempt fails.
      this.stats[STAT.TICKS_SINCE_CHECK] = 0;
      // Timed before the release: the thread may lose its core as soon as it wakes a waiter.
      const releasedAt = this.recorder.time();
      this.unlock();
      if (this.tryLock()) return this.acquired();
      this.recorder.enter(STATE.WAITING, releasedAt);
      this.waitOld();
      this.acquired();
    } else if (policy === 'new' && Atomics.load(this.lock, LOCK.DROP_REQUEST) === 1) {
      this.forcedDrop();
      this.take();
    }
  }

  /**
   * Gives the lock up of its own accord to do `next` (I/O, GIL-free work, or nothing more): no
   * waiting for a hand-off.
   */
  release(next: ThreadState): void {
    // The new state starts before the lock is released: the thread may lose its core as soon
    // as it wakes a waiter, and must not be seen running meanwhile.
    this.recorder.enter(next);
    if (this.settings.policy === 'none') return;
    // The holder is the last holder already; CPython's drop_gil stores it anyway (last_holder
    // is set at every drop), and so does this.
    if (this.settings.policy === 'new') Atomics.store(this.lock, LOCK.LAST_HOLDER, this.me);
    this.unlock();
  }

  private tryLock(): boolean {
    return Atomics.compareExchange(this.lock, LOCK.LOCKED, 0, 1) === 0;
  }

  /** Old GIL: sleep until woken; a wake-up that finds the lock taken is a failed attempt. */
  private waitOld(): void {
    for (;;) {
      const woken = this.sync.wait(this.lock, LOCK.LOCKED, 1, WAIT_SLICE_MS) === 'ok';
      throwIfStopped(this.lock);
      if (this.tryLock()) return;
      if (woken) this.recorder.mark(STATE.FAILED_ATTEMPT, STAT.FAILED_ATTEMPTS);
    }
  }

  /**
   * New GIL (take_gil in CPython's ceval_gil.c): wait up to the switch interval; if it passed
   * with the lock still held and no switch in between, ask the holder to drop it.
   */
  private waitNew(): void {
    for (;;) {
      const switches = Atomics.load(this.lock, LOCK.SWITCH_NUMBER);
      const outcome = this.sync.wait(this.lock, LOCK.LOCKED, 1, this.settings.switchIntervalMs);
      throwIfStopped(this.lock);
      if (this.tryLock()) return;
      if (outcome === 'timed-out' && Atomics.load(this.lock, LOCK.SWITCH_NUMBER) === switches) {
        Atomics.store(this.lock, LOCK.DROP_REQUEST, 1);
        // The next wait then finds the lock free and returns at once.
        this.sync.watch(this.lock, LOCK.LOCKED, 1, DROP_WATCH_MS);
      } else if (outcome === 'ok') this.recorder.mark(STATE.FAILED_ATTEMPT, STAT.FAILED_ATTEMPTS);
    }
  }

  private acquired(): void {
    // The safety check: nobody else may hold the lock now.
    if (Atomics.add(this.lock, LOCK.HOLDERS, 1) !== 0) Atomics.add(this.lock, LOCK.VIOLATIONS, 1);
    this.recorder.count(STAT.ACQUISITIONS);
    const previous = Atomics.load(this.lock, LOCK.LAST_HOLDER);
    if (previous !== this.me) {
      Atomics.store(this.lock, LOCK.LAST_HOLDER, this.me);
      Atomics.add(this.lock, LOCK.SWITCH_NUMBER, 1);
      this.sync.notify(this.lock, LOCK.SWITCH_NUMBER, Infinity);
      // The run's very first acquisition takes the lock from nobody: not a hand-off.
      if (previous !== 0) this.recorder.count(STAT.HANDOFFS);
    }
    if (this.settings.policy === 'new') Atomics.store(this.lock, LOCK.DROP_REQUEST, 0);
    this.recorder.enter(STATE.RUNNING);
  }

  private unlock(): void {
    Atomics.sub(this.lock, LOCK.HOLDERS, 1);
    // Only a held lock becomes free: a stopped one stays stopped (see stopThreads).
    Atomics.compareExchange(this.lock, LOCK.LOCKED, 1, 0);
    this.sync.notify(this.lock, LOCK.LOCKED, 1);
  }

  /**
   * New GIL, asked to drop (drop_gil with FORCE_SWITCHING): give the lock up, then wait until
   * another thread has taken it before trying again. That forced hand-off ends the battle.
   */
  private forcedDrop(): void {
    this.recorder.count(STAT.FORCED_DROPS);
    this.recorder.enter(STATE.WAITING);
    Atomics.store(this.lock, LOCK.LAST_HOLDER, this.me);
    this.unlock();
    for (;;) {
      const switches = Atomics.load(this.lock, LOCK.SWITCH_NUMBER);
      // After reading the word it will sleep on: a stop from now on changes that word.
      throwIfStopped(this.lock);
      if (Atomics.load(this.lock, LOCK.LAST_HOLDER) !== this.me) return;
      this.sync.wait(this.lock, LOCK.SWITCH_NUMBER, switches, WAIT_SLICE_MS);
    }
  }
}
