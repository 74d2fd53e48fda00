import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeApi } from '../../workers/computeApi';
import { fakeWorkerFactory } from '../pool/testing/fakeWorkers';
import { newThreadsRun, runThreads, whenReady } from './runThreads';
import { LOCK } from './shared';
import type { ThreadPlan } from './thread';

const plans = (count: number): ThreadPlan[] =>
  Array.from({ length: count }, (_, thread) => ({ thread, role: 'cpu', darts: 1e5, gilFreeShare: 0, ioRounds: null, cpuThreads: count, seed: 1 }));

afterEach(() => vi.useRealTimers());

describe('runThreads', () => {
  it('fails with the thread’s error when one fails before every thread is ready, and stops watching for the start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    // A thread that fails at once never says it is ready: the page would poll for the start forever.
    const workers = fakeWorkerFactory({ ...computeApi, gilThread: () => Promise.reject(new Error('out of memory')) });
    const run = newThreadsRun({ policy: 'new', checkInterval: 100, switchIntervalMs: 5 }, plans(3));
    await runThreads(run, new AbortController().signal, () => {}, workers.create);
    expect(run).toMatchObject({ status: 'failed', error: 'out of memory' });
    expect(vi.getTimerCount()).toBe(0);
    expect(workers.made.every((worker) => worker.terminated)).toBe(true);
    // Whatever was still running is asked to stop.
    expect(Atomics.load(new Int32Array(run.buffers.lock), LOCK.STOP)).toBe(1);
    workers.closeAll();
  });
});

describe('whenReady', () => {
  it('resolves once every thread is ready, polling without blocking the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const lock = new Int32Array(new SharedArrayBuffer(40));
    const ready = vi.fn();
    void whenReady(lock, 2, new AbortController().signal).then(ready);
    Atomics.store(lock, LOCK.READY, 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(ready).not.toHaveBeenCalled();
    Atomics.store(lock, LOCK.READY, 2);
    await vi.advanceTimersByTimeAsync(10);
    expect(ready).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when stopped, and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const waiting = whenReady(new Int32Array(new SharedArrayBuffer(40)), 2, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow('The run was stopped.');
    expect(vi.getTimerCount()).toBe(0);
  });
});
