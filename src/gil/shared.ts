// The memory simulated threads share: the lock's words, each thread's live figures, and each
// thread's state log. All of it lives in SharedArrayBuffers, so the page can read it while
// the threads run (they never return to their event loop until their work is done).

/** Slots of the lock's Int32Array: the lock's own words, then the run's start and end signals. */
export const LOCK = {
  /** 0 free, 1 held, 2 stopped (for good: a wait for it to be free returns at once). */
  LOCKED: 0,
  /** How many threads believe they hold the lock: must never exceed 1. */
  HOLDERS: 1,
  /** Acquisitions that found another holder (the safety check; must stay 0). */
  VIOLATIONS: 2,
  /** New GIL: a waiter has asked the holder to drop the lock. */
  DROP_REQUEST: 3,
  /** Thread id + 1 of the thread that held the lock last (0: nobody yet). */
  LAST_HOLDER: 4,
  /** Incremented each time the lock passes to a different thread. */
  SWITCH_NUMBER: 5,
  // Run control, not the lock:
  /** CPU-bound threads that have finished (an I/O thread beside them stops with them). */
  CPU_DONE: 6,
  /** Set to 1 by the page on Stop: every thread stops at its next checkpoint or wake-up. */
  STOP: 7,
} as const;
const LOCK_SLOTS = 8;

/** A thread's state, as logged and as coloured on the timeline. */
export const STATE = {
  RUNNING: 0,
  WAITING: 1,
  /** Woken, found the lock taken: an instant, marked on the timeline. */
  FAILED_ATTEMPT: 2,
  IO: 3,
  GIL_FREE: 4,
  DONE: 5,
} as const;
export type ThreadState = (typeof STATE)[keyof typeof STATE];

/** Slots of one thread's live figures (Float64Array). */
export const STAT = {
  STATE: 0,
  ACQUISITIONS: 1,
  FAILED_ATTEMPTS: 2,
  FORCED_DROPS: 3,
  HANDOFFS: 4,
  IO_ROUNDS: 5,
  TICKS: 6,
  /** Time in each timed state, ms: slot TIME_IN + state. */
  TIME_IN: 7,
  /** When the thread entered its current state, ms since the run started. */
  SINCE: 12,
  /** The thread's first and last moment of work, ms since the run started (-1: not yet). */
  STARTED: 13,
  FINISHED: 14,
  /** Old GIL: ticks since the thread's last check-interval release (other releases leave it). */
  TICKS_SINCE_CHECK: 15,
} as const;
const STAT_SLOTS = 16;

/** State-log entries kept per thread by default; beyond this only the counters go on. */
export const LOG_CAPACITY = 200_000;

export interface GilBuffers {
  lock: SharedArrayBuffer;
  /** One double: the run's start on the Unix-epoch clock, written by the page before the threads start. */
  start: SharedArrayBuffer;
  /** threads × STAT_SLOTS doubles. */
  stats: SharedArrayBuffer;
  /** Per thread: LOG_CAPACITY times (ms since the run started). */
  logTimes: SharedArrayBuffer;
  /** Per thread: LOG_CAPACITY states. */
  logStates: SharedArrayBuffer;
  /** Per thread: how many log entries are written (Int32). */
  logCounts: SharedArrayBuffer;
}

/** `logCapacity`: state-log entries per thread (0 for runs that draw no timeline). */
export function createGilBuffers(threads: number, logCapacity = LOG_CAPACITY): GilBuffers {
  const buffers = {
    lock: new SharedArrayBuffer(LOCK_SLOTS * 4),
    start: new SharedArrayBuffer(8),
    stats: new SharedArrayBuffer(threads * STAT_SLOTS * 8),
    logTimes: new SharedArrayBuffer(threads * logCapacity * 8),
    logStates: new SharedArrayBuffer(threads * logCapacity),
    logCounts: new SharedArrayBuffer(threads * 4),
  };
  for (let thread = 0; thread < threads; thread++) new Float64Array(buffers.stats, thread * STAT_SLOTS * 8, STAT_SLOTS)[STAT.STARTED] = -1;
  return buffers;
}

/**
 * Asks every thread of a run to stop now, even those asleep in Atomics.wait. A worker is only
 * terminated once it returns to its event loop (or after a grace period of about 2 s), and a
 * simulated thread never does until it stops.
 */
export function stopThreads(buffers: GilBuffers): void {
  const lock = new Int32Array(buffers.lock);
  Atomics.store(lock, LOCK.STOP, 1);
  // A notify only wakes threads already asleep. A thread that checked the stop word just before
  // it was set and is about to sleep would sleep its whole slice (250 ms), so the words it sleeps
  // on change too: its wait then finds a value it did not expect and returns at once.
  Atomics.store(lock, LOCK.LOCKED, LOCKED_STOPPED);
  Atomics.add(lock, LOCK.SWITCH_NUMBER, 1);
  for (const slot of [LOCK.LOCKED, LOCK.SWITCH_NUMBER]) Atomics.notify(lock, slot);
}

/** LOCK.LOCKED once the run is stopped: no thread can take or release the lock again. */
export const LOCKED_STOPPED = 2;

/** What a simulated thread throws when the page has asked it to stop. */
export class ThreadStopped extends Error {
  constructor() {
    super('The thread was stopped.');
    this.name = 'ThreadStopped';
  }
}

/** Throws ThreadStopped once the page has asked the threads to stop. */
export function throwIfStopped(lock: Int32Array): void {
  if (Atomics.load(lock, LOCK.STOP) !== 0) throw new ThreadStopped();
}

/** Typed views of one thread's part of the buffers. */
export interface ThreadViews {
  lock: Int32Array;
  /** Entries the thread's log can hold. */
  logCapacity: number;
  stats: Float64Array;
  logTimes: Float64Array;
  logStates: Uint8Array;
  logCounts: Int32Array;
  thread: number;
}

export function threadViews(buffers: GilBuffers, thread: number): ThreadViews {
  const logCapacity = buffers.logStates.byteLength / threadCount(buffers);
  return {
    lock: new Int32Array(buffers.lock),
    logCapacity,
    stats: new Float64Array(buffers.stats, thread * STAT_SLOTS * 8, STAT_SLOTS),
    logTimes: new Float64Array(buffers.logTimes, thread * logCapacity * 8, logCapacity),
    logStates: new Uint8Array(buffers.logStates, thread * logCapacity, logCapacity),
    logCounts: new Int32Array(buffers.logCounts),
    thread,
  };
}

export function threadCount(buffers: GilBuffers): number {
  return buffers.logCounts.byteLength / 4;
}
