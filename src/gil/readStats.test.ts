import { describe, expect, it } from 'vitest';
import { handoffGaps } from './readStats';
import { StateRecorder } from './recorder';
import { createGilBuffers, STAT, STATE, threadViews, type ThreadState } from './shared';

/** Logs each thread's state changes at the given times (ms since the run started). */
function logged(script: [thread: number, t: number, state: ThreadState][]) {
  const buffers = createGilBuffers(2, 100);
  let now = 0;
  const recorders = [0, 1].map((thread) => new StateRecorder(threadViews(buffers, thread), () => now));
  for (const [thread, t, state] of script) {
    now = t;
    if (state === STATE.FAILED_ATTEMPT) recorders[thread].mark(state, STAT.FAILED_ATTEMPTS);
    else recorders[thread].enter(state);
  }
  return buffers;
}

describe('handoffGaps', () => {
  it('times each hand-off from the holder letting go to the next thread running', () => {
    const { RUNNING, WAITING, DONE } = STATE;
    const buffers = logged([
      [0, 0, RUNNING],
      [1, 0.1, WAITING],
      // A forced drop: thread 0 stops running at 5.0, thread 1 runs at 5.3.
      [0, 5.0, WAITING],
      [1, 5.3, RUNNING],
      [1, 10.0, WAITING],
      [0, 11.0, RUNNING],
      [0, 20.0, DONE],
      [1, 20.05, RUNNING],
      [1, 30.0, DONE],
    ]);
    const gaps = handoffGaps(buffers);
    expect(gaps.map((gap) => Number(gap.toFixed(3)))).toEqual([0.3, 1, 0.05]);
  });

  it('counts no hand-off when the holder takes the lock back, and ignores failed attempts', () => {
    const { RUNNING, WAITING, IO, FAILED_ATTEMPT } = STATE;
    const buffers = logged([
      [0, 0, RUNNING],
      [1, 0.5, WAITING],
      [0, 1, IO],
      [1, 1.2, FAILED_ATTEMPT],
      [0, 2, RUNNING],
      [0, 3, WAITING],
      [1, 3.4, RUNNING],
    ]);
    expect(handoffGaps(buffers).map((gap) => Number(gap.toFixed(3)))).toEqual([0.4]);
  });
});
