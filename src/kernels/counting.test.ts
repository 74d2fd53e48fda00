import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, type NodeBundle } from '../testing/bundleForNode';
import { COUNTER, COUNTER_WORDS, countUp, startLine, type CountingMethod } from './counting';
import { lock, unlock } from './mutex';

describe('counting on one thread', () => {
  it.each(['plain', 'atomic', 'locked'] as const)('%s counts every increment when nobody else writes', (method) => {
    const words = new Int32Array(new SharedArrayBuffer(COUNTER_WORDS * 4));
    expect(startLine(words, 1)).toBe(true);
    expect(countUp(words, method, 10_001)).toEqual({ increments: 10_001, stopped: false });
    expect(words[COUNTER.VALUE]).toBe(10_001);
    expect(words[COUNTER.LOCK]).toBe(0);
  });

  it('stops at once when the stop word is set, even at the starting line', () => {
    const words = new Int32Array(new SharedArrayBuffer(COUNTER_WORDS * 4));
    Atomics.store(words, COUNTER.STOP, 1);
    expect(startLine(words, 2)).toBe(false);
    expect(countUp(words, 'atomic', 1e9)).toEqual({ increments: 0, stopped: true });
  });

  it('gives up waiting for a held lock once stopped', () => {
    const words = new Int32Array(new SharedArrayBuffer(8));
    expect(lock(words, 0, () => false)).toBe(true);
    expect(lock(words, 0, () => true)).toBe(false);
    expect(words[0]).toBe(2); // held, with a sleeper announced
    unlock(words, 0);
    expect(words[0]).toBe(0);
  });
});

describe('counting on worker threads at once', () => {
  let bundle: NodeBundle;
  beforeAll(async () => {
    bundle = await bundleForNode(new URL('./testing/sharedMemoryThread.worker.ts', import.meta.url));
  });
  afterAll(() => bundle?.remove());

  async function count(method: CountingMethod, workers: number, increments: number): Promise<number> {
    const words = new SharedArrayBuffer(COUNTER_WORDS * 4);
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const worker = new Worker(bundle.file);
        worker.postMessage({ kind: 'count', words, method, increments, workers });
        const [reply] = await once(worker, 'message');
        await worker.terminate();
        expect(reply).toEqual({ increments, stopped: false });
      }),
    );
    return new Int32Array(words)[COUNTER.VALUE];
  }

  it('Atomics.add and the lock lose no update among 4 threads', async () => {
    expect(await count('atomic', 4, 200_000)).toBe(800_000);
    expect(await count('locked', 4, 50_000)).toBe(200_000);
  }, 30_000);

  it('a plain read-modify-write never counts more than it was asked to', async () => {
    // It loses updates whenever two threads run at once; how many is up to the machine.
    expect(await count('plain', 2, 200_000)).toBeLessThanOrEqual(400_000);
  }, 30_000);
});
