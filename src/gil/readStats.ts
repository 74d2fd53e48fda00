// Reading the threads' shared figures and logs from the page, while they run or after.
import { LOCK, STAT, STATE, threadCount, threadViews, type GilBuffers, type ThreadState } from './shared';

export interface ThreadFigures {
  thread: number;
  state: ThreadState | null;
  acquisitions: number;
  failedAttempts: number;
  forcedDrops: number;
  handoffs: number;
  ioRounds: number;
  ticks: number;
  /** ms in each state so far, including the current one up to `nowMs`. */
  runningMs: number;
  waitingMs: number;
  ioMs: number;
  gilFreeMs: number;
  startedMs: number | null;
  finishedMs: number | null;
  /** The log filled up: later state changes were counted but not logged. */
  logFull: boolean;
}

/** Every thread's figures; `nowMs` (ms since the run started) completes the current state. */
export function readThreadFigures(buffers: GilBuffers, nowMs: number): ThreadFigures[] {
  return Array.from({ length: threadCount(buffers) }, (_, thread) => {
    const { stats, logCounts, logCapacity } = threadViews(buffers, thread);
    const started = stats[STAT.STARTED] >= 0;
    const state = started ? (stats[STAT.STATE] as ThreadState) : null;
    const timeIn = (s: ThreadState) => stats[STAT.TIME_IN + s] + (state === s ? Math.max(0, nowMs - stats[STAT.SINCE]) : 0);
    return {
      thread,
      state,
      acquisitions: stats[STAT.ACQUISITIONS],
      failedAttempts: stats[STAT.FAILED_ATTEMPTS],
      forcedDrops: stats[STAT.FORCED_DROPS],
      handoffs: stats[STAT.HANDOFFS],
      ioRounds: stats[STAT.IO_ROUNDS],
      ticks: stats[STAT.TICKS],
      runningMs: timeIn(STATE.RUNNING),
      waitingMs: timeIn(STATE.WAITING),
      ioMs: timeIn(STATE.IO),
      gilFreeMs: timeIn(STATE.GIL_FREE),
      startedMs: started ? stats[STAT.STARTED] : null,
      finishedMs: state === STATE.DONE ? stats[STAT.FINISHED] : null,
      logFull: logCapacity > 0 && Atomics.load(logCounts, thread) >= logCapacity,
    };
  });
}

export interface ThreadLog {
  /** ms since the run started, ascending. */
  times: Float64Array;
  states: Uint8Array;
}

/** The entries a thread has logged so far (views: copy them to keep them past the run). */
export function readThreadLog(buffers: GilBuffers, thread: number): ThreadLog {
  const { logTimes, logStates, logCounts } = threadViews(buffers, thread);
  const count = Atomics.load(logCounts, thread);
  return { times: logTimes.subarray(0, count), states: logStates.subarray(0, count) };
}

export interface GilTotals {
  acquisitions: number;
  handoffs: number;
  failedAttempts: number;
  forcedDrops: number;
  /** Summed over threads. */
  runningMs: number;
  waitingMs: number;
  /** Acquisitions that found the lock already held: must be 0. */
  holderViolations: number;
}

/** The run's counters, summed over its threads. */
export function gilTotals(buffers: GilBuffers, nowMs: number): GilTotals {
  const figures = readThreadFigures(buffers, nowMs);
  const sum = (pick: (f: ThreadFigures) => number) => figures.reduce((total, f) => total + pick(f), 0);
  return {
    acquisitions: sum((f) => f.acquisitions),
    handoffs: sum((f) => f.handoffs),
    failedAttempts: sum((f) => f.failedAttempts),
    forcedDrops: sum((f) => f.forcedDrops),
    runningMs: sum((f) => f.runningMs),
    waitingMs: sum((f) => f.waitingMs),
    holderViolations: Atomics.load(new Int32Array(buffers.lock), LOCK.VIOLATIONS),
  };
}

/**
 * How long the lock stood free at each hand-off, ms: from the moment one thread stopped running
 * (it logs that just before it lets go) to the moment another thread logged running with the
 * lock, read from the threads' logs on their shared clock. A thread that takes the lock back
 * itself is no hand-off. Only a lock has hand-offs: with no GIL every thread runs at once.
 */
export function handoffGaps(buffers: GilBuffers): number[] {
  const entries = Array.from({ length: threadCount(buffers) }, (_, thread) => {
    const { times, states } = readThreadLog(buffers, thread);
    return Array.from(times, (t, i) => ({ thread, t, state: states[i] as ThreadState }));
  })
    .flat()
    .sort((a, b) => a.t - b.t);
  const gaps: number[] = [];
  let holder: number | null = null;
  let released: { thread: number; t: number } | null = null;
  for (const { thread, t, state } of entries) {
    if (state === STATE.RUNNING) {
      if (released && released.thread !== thread && holder === null) gaps.push(t - released.t);
      holder = thread;
      released = null;
    } else if (thread === holder && state !== STATE.FAILED_ATTEMPT) {
      holder = null;
      released = { thread, t };
    }
  }
  return gaps;
}
