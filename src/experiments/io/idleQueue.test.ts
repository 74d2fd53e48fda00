import { describe, expect, it } from 'vitest';
import { IdleQueue } from './idleQueue';

describe('IdleQueue', () => {
  it('lends each helper to one task at a time, the waiting tasks in order', async () => {
    const queue = new IdleQueue<string>();
    queue.add('a');
    queue.add('b');
    const busy = new Set<string>();
    const order: string[] = [];
    let most = 0;
    const task = (name: string) =>
      queue.run(async (helper) => {
        expect(busy.has(helper)).toBe(false);
        busy.add(helper);
        most = Math.max(most, busy.size);
        order.push(name);
        await new Promise((resolve) => setTimeout(resolve, 5));
        busy.delete(helper);
        return helper;
      });
    const helpers = await Promise.all(['t1', 't2', 't3', 't4', 't5'].map(task));
    expect(order).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(most).toBe(2);
    expect(new Set(helpers)).toEqual(new Set(['a', 'b']));
  });

  it('gets its helper back when a task fails', async () => {
    const queue = new IdleQueue<number>();
    queue.add(1);
    await expect(queue.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await queue.run(async (helper) => helper)).toBe(1);
  });
});
