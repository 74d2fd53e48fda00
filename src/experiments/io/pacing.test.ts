import { describe, expect, it } from 'vitest';
import { staggeredStart } from './pacing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('staggeredStart', () => {
  it('starts the first lanes at once and each further group a task after the one before', async () => {
    // Tasks as the test hands them out.
    const tasks: (() => void)[] = [];
    const turnOf = staggeredStart(3, () => new Promise<void>((resolve) => tasks.push(resolve)));
    expect(turnOf(0)).toBeNull();
    expect(turnOf(2)).toBeNull();
    const started: number[] = [];
    for (const lane of [7, 3, 6, 4]) void turnOf(lane)!.then(() => started.push(lane));
    await settle();
    expect(started).toEqual([]);
    tasks.shift()!();
    await settle();
    expect(started).toEqual([3, 4]);
    tasks.shift()!();
    await settle();
    expect(started).toEqual([3, 4, 7, 6]);
    // One task per group, however many lanes wait for it.
    expect(tasks).toHaveLength(0);
  });
});
