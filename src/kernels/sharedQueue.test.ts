import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, type NodeBundle } from '../testing/bundleForNode';
import { createSharedQueue, SharedQueue } from './sharedQueue';
import type { ThreadJob } from './testing/sharedMemoryThread.worker';

describe('the shared queue on one thread', () => {
  it('gives values back first in, first out, and says when it is empty or full', () => {
    const queue = new SharedQueue(createSharedQueue(4));
    expect(queue.capacity).toBe(4);
    expect(queue.tryTake()).toBeNaN();
    for (const value of [5, -1, 2.5, 9_007_199_254_740_881]) expect(queue.tryPut(value)).toBe(true);
    expect(queue.tryPut(7)).toBe(false);
    expect(queue.depth()).toBe(4);
    expect([queue.tryTake(), queue.tryTake(), queue.tryTake(), queue.tryTake()]).toEqual([5, -1, 2.5, 9_007_199_254_740_881]);
    expect(queue.tryTake()).toBeNaN();
    expect(queue.taken()).toBe(4);
  });

  it('rounds its capacity up to a power of two and keeps order over many laps', () => {
    const queue = new SharedQueue(createSharedQueue(5));
    expect(queue.capacity).toBe(8);
    const out: number[] = [];
    for (let i = 0; i < 1000; i++) {
      expect(queue.tryPut(i)).toBe(true);
      if (queue.depth() === 7) for (let k = 0; k < 5; k++) out.push(queue.tryTake());
    }
    while (queue.depth() > 0) out.push(queue.tryTake());
    expect(out).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('returns from a blocking take or put once stopped', () => {
    const queue = new SharedQueue(createSharedQueue(2));
    queue.stop();
    expect(queue.take()).toBeNaN();
    queue.tryPut(1);
    queue.tryPut(2);
    expect(queue.put(3)).toBe(false);
  });

  it('lets the page wait without blocking, until an item comes or the time is up', async () => {
    const queue = new SharedQueue(createSharedQueue(2));
    const waited = queue.whenChanged('items', 5_000);
    setTimeout(() => queue.tryPut(1), 10);
    await waited;
    expect(queue.tryTake()).toBe(1);
    const started = performance.now();
    await queue.whenChanged('items', 30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('wakes the page only once as many items as it asked for wait', async () => {
    const queue = new SharedQueue(createSharedQueue(8));
    let woken = false;
    const waited = queue.whenChanged('items', 5_000, 3).then(() => (woken = true));
    queue.tryPut(1);
    queue.tryPut(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(woken).toBe(false);
    queue.tryPut(3);
    await waited;
    expect(queue.depth()).toBe(3);
  });
});

describe('the shared queue between threads', () => {
  let bundle: NodeBundle;
  beforeAll(async () => {
    bundle = await bundleForNode(new URL('./testing/sharedMemoryThread.worker.ts', import.meta.url));
  });
  afterAll(() => bundle?.remove());

  const start = async (job: ThreadJob) => {
    const worker = new Worker(bundle.file);
    worker.postMessage(job);
    const [reply] = await once(worker, 'message');
    await worker.terminate();
    return reply;
  };

  it('hands every value to exactly one of 3 consumers, from 2 producers, through a small queue', async () => {
    const queue = createSharedQueue(16);
    const PILL = -1;
    const values = Array.from({ length: 20_000 }, (_, i) => i + 1);
    const consumers = [0, 1, 2].map(() => start({ kind: 'consume', queue, pill: PILL }));
    await Promise.all([start({ kind: 'produce', queue, values: values.slice(0, 10_000) }), start({ kind: 'produce', queue, values: values.slice(10_000) })]);
    await start({ kind: 'produce', queue, values: [PILL, PILL, PILL] });
    const taken = (await Promise.all(consumers)).flatMap((reply: { taken: number[] }) => reply.taken);
    expect(taken.length).toBe(values.length);
    expect(new Set(taken).size).toBe(values.length);
    expect(taken.reduce((a, b) => a + b, 0)).toBe((values.length * (values.length + 1)) / 2);
  }, 30_000);
});
