import { describe, expect, it } from 'vitest';
import { laneColumns } from './StateTimeline';

// States as a simulated thread logs them: running, waiting, a failed attempt (an instant), done.
const [R, W, F, D] = [0, 1, 2, 5];
const log = (entries: [number, number][]) => ({ times: Float64Array.from(entries.map(([t]) => t)), states: Uint8Array.from(entries.map(([, s]) => s)) });

describe('a timeline lane', () => {
  // Waiting from 0 to 10 ms with failed attempts at 2, 2.1 and 7 ms, running 10-15, done at 15.
  const lane = log([
    [0, W],
    [2, F],
    [2.1, F],
    [7, F],
    [10, R],
    [15, D],
  ]);

  it('colours each column by the state it spent most time in, and marks failed attempts once per column', () => {
    const { states, marks } = laneColumns(lane, F, 0, 1, 20); // 1 ms per column
    expect([...states]).toEqual([...Array(10).fill(W), ...Array(5).fill(R), ...Array(5).fill(D)]);
    expect(marks).toEqual([2, 7]);
  });

  it('zoomed into the middle of a wait, opens in the waiting state and marks the attempts inside', () => {
    // 0.1 ms per column from 1.5 ms: the window starts after a state change, before the attempts.
    const { states, marks } = laneColumns(lane, F, 1.5, 0.1, 30);
    expect([...states].every((s) => s === W)).toBe(true);
    expect(marks).toEqual([5, 6]);
  });

  it('opens in the right state when the last entry before the window is a failed attempt', () => {
    const { states, marks } = laneColumns(lane, F, 8, 0.5, 8);
    expect([...states]).toEqual([W, W, W, W, R, R, R, R]);
    expect(marks).toEqual([]);
  });
});
