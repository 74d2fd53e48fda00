// A simulated thread's record of itself: state changes in its log, live figures in its stats.
import { STAT, STATE, type ThreadState, type ThreadViews } from './shared';

export class StateRecorder {
  private state: ThreadState | null = null;

  constructor(
    private readonly views: ThreadViews,
    /** ms since the run started. */
    private readonly now: () => number,
  ) {}

  /**
   * Enters `state` at `t` (now, unless the caller took the time earlier); time in the previous
   * state is added to its total.
   */
  enter(state: ThreadState, t = this.now()): void {
    if (state === this.state) return;
    const { stats } = this.views;
    if (this.state === null) {
      // A thread of a lab's threads mode comes back for every chunk: its start is its first.
      if (stats[STAT.STARTED] < 0) stats[STAT.STARTED] = t;
    } else if (this.state !== STATE.DONE) stats[STAT.TIME_IN + this.state] += t - stats[STAT.SINCE];
    stats[STAT.SINCE] = t;
    stats[STAT.STATE] = state;
    if (state === STATE.DONE) stats[STAT.FINISHED] = t;
    this.state = state;
    this.log(state, t);
  }

  /** An instant event (a failed attempt): logged and counted, the state stays as it was. */
  mark(state: ThreadState, counter: number): void {
    this.views.stats[counter]++;
    this.log(state, this.now());
  }

  /** ms since the run started. */
  time(): number {
    return this.now();
  }

  count(counter: number, by = 1): void {
    this.views.stats[counter] += by;
  }

  private log(state: ThreadState, t: number): void {
    const { logCounts, logTimes, logStates, thread, logCapacity } = this.views;
    const n = logCounts[thread];
    if (n >= logCapacity) return;
    logTimes[n] = t;
    logStates[n] = state;
    // Published last: a reader that sees the count sees the entry.
    Atomics.store(logCounts, thread, n + 1);
  }
}
