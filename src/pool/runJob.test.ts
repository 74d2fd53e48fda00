import { afterEach, describe, expect, it } from 'vitest';
import { createGilBuffers } from '../gil/shared';
import { defaultGilSettings } from '../gil/modes';
import { gilTotals } from '../gil/readStats';
import { computeApi } from '../../workers/computeApi';
import { runJobOnThisThread, runJobOnWorkers, type Job } from './runJob';
import { timed } from '../clock';
import { isAbortError } from './types';
import { spawnWorkerPool } from './workerPool';
import { FakeWorker } from './testing/fakeWorkers';
import type { PiChunkResult } from '../kernels/pi';
import { piChunk } from '../kernels/pi';

let fakes: FakeWorker[] = [];
const factory = (api: object = computeApi, outlivesTerminate = false) => () => {
  const fake = new FakeWorker(api, outlivesTerminate);
  fakes.push(fake);
  return fake;
};
const slowPingApi = { ...computeApi, ping: () => new Promise<true>((resolve) => setTimeout(() => resolve(true), 200)) };

afterEach(() => {
  for (const fake of fakes) fake.close();
  fakes = [];
});

function piJob(chunks: number, samples: number): Job<{ firstStream: number; samples: number }, PiChunkResult> {
  return {
    chunks: Array.from({ length: chunks }, (_, i) => ({ firstStream: i, samples })),
    itemsOf: (c) => c.samples,
    onWorker: (remote, c) => remote.piChunk({ seed: 1, ...c }),
    onThisThread: (c) => timed(piChunk)({ seed: 1, ...c }),
  };
}

describe('spawnWorkerPool', () => {
  it('starts every worker, times the start, and terminates them all', async () => {
    const pool = await spawnWorkerPool(5, undefined, factory());
    expect(pool.remotes).toHaveLength(5);
    expect(pool.spawnMs).toBeGreaterThanOrEqual(0);
    pool.terminate();
    expect(fakes.map((f) => f.terminated)).toEqual([true, true, true, true, true]);
  });

  it('leaves no worker running when stopped during the start', async () => {
    const controller = new AbortController();
    const spawning = spawnWorkerPool(4, controller.signal, factory(slowPingApi));
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await spawning.catch((e: unknown) => e))).toBe(true);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });

  it('terminates the workers already made when making another one throws', async () => {
    const make = factory();
    const failOnThird = (i: number) => {
      if (i === 2) throw new DOMException('Refused to create a worker', 'SecurityError');
      return make();
    };
    await expect(spawnWorkerPool(4, undefined, failOnThird)).rejects.toThrow('Refused to create a worker');
    expect(fakes).toHaveLength(2);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });

  it('fails with the worker\'s message when one cannot start, and terminates the rest', async () => {
    const spawning = spawnWorkerPool(3, undefined, factory(slowPingApi));
    setTimeout(() => fakes[1].crash('SyntaxError: nope'), 20);
    await expect(spawning).rejects.toThrow('Worker 2 failed: SyntaxError: nope.');
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });
});

describe('runJobOnWorkers', () => {
  it('runs every chunk on more workers than this machine has cores, then terminates them', async () => {
    const events: number[] = [];
    const outcome = await runJobOnWorkers(piJob(40, 5000), {
      workers: 12,
      strategy: 'dynamic',
      createWorker: factory(),
      onEvent: (e) => events.push(e.chunk),
    });
    expect(outcome.events).toHaveLength(40);
    expect(events.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const total = outcome.events.reduce((sum, e) => sum + e.result.inside, 0);
    const expected = Array.from({ length: 40 }, (_, i) => piChunk({ seed: 1, firstStream: i, samples: 5000 }).inside).reduce((a, b) => a + b, 0);
    expect(total).toBe(expected);
    expect(fakes).toHaveLength(12);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });

  it('fails the run when a worker crashes mid-run, and hands out no chunk after that', async () => {
    let dispatched = 0;
    let finished = 0;
    const running = runJobOnWorkers(piJob(400, 20_000), {
      workers: 3,
      strategy: 'dynamic',
      // These workers keep computing after terminate(): only the scheduler can stop the run.
      createWorker: factory(computeApi, true),
      onDispatch: () => dispatched++,
      onEvent: () => ++finished === 5 && fakes[0].crash('out of memory'),
    });
    await expect(running).rejects.toThrow('Worker 1 failed: out of memory.');
    const dispatchedAtFailure = dispatched;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dispatched).toBe(dispatchedAtFailure);
    expect(finished).toBeLessThan(20);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });

  it('warms every worker up before the timed region, and reports it apart', async () => {
    const order: string[] = [];
    const job = { ...piJob(6, 5000), warmUp: async (remote: Parameters<NonNullable<Job<unknown, unknown>['warmUp']>>[0]) => {
      await remote.piChunk({ seed: 1, firstStream: 0, samples: 50_000 });
      order.push('warm-up');
    } };
    const outcome = await runJobOnWorkers(job, {
      workers: 3,
      strategy: 'dynamic',
      createWorker: factory(),
      onStarted: ({ warmUpMs }) => order.push(`started after ${warmUpMs >= 0 ? 'a measured' : 'no'} warm-up`),
      onDispatch: () => order.push('dispatch'),
    });
    expect(order.slice(0, 4)).toEqual(['warm-up', 'warm-up', 'warm-up', 'started after a measured warm-up']);
    expect(order.filter((o) => o === 'dispatch')).toHaveLength(6);
    expect(outcome.warmUpMs).toBeGreaterThan(0);
    expect(Math.min(...outcome.events.map((e) => e.startMs))).toBeGreaterThanOrEqual(0);
  });

  it('stops during the warm-up and terminates every worker', async () => {
    const controller = new AbortController();
    const job = { ...piJob(6, 5000), warmUp: () => new Promise(() => {}) };
    const running = runJobOnWorkers(job, { workers: 2, strategy: 'dynamic', signal: controller.signal, createWorker: factory() });
    setTimeout(() => controller.abort(), 50);
    expect(isAbortError(await running.catch((e: unknown) => e))).toBe(true);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });

  it('stops with AbortError mid-run and terminates every worker', async () => {
    const controller = new AbortController();
    const running = runJobOnWorkers(piJob(400, 20_000), {
      workers: 4,
      strategy: 'static',
      signal: controller.signal,
      createWorker: factory(),
      onEvent: () => controller.abort(),
    });
    expect(isAbortError(await running.catch((e: unknown) => e))).toBe(true);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });
});

describe('runJobOnThisThread', () => {
  it('runs the chunks one by one on this thread and can be stopped between them', async () => {
    const done = await runJobOnThisThread(piJob(6, 5000), {});
    expect(done.events.map((e) => [e.chunk, e.worker])).toEqual([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [5, 0]]);

    const controller = new AbortController();
    let finished = 0;
    const stopped = runJobOnThisThread(piJob(100, 5000), { signal: controller.signal, onEvent: () => ++finished === 3 && controller.abort() });
    expect(isAbortError(await stopped.catch((e: unknown) => e))).toBe(true);
    expect(finished).toBe(3);
  });

  it('runs a job as simulated threads sharing one GIL, with the results it has on workers', async () => {
    const job: Job<{ firstStream: number; samples: number }, PiChunkResult> = {
      ...piJob(6, 4096 * 3),
      onGilThread: (remote, c, thread) => remote.gilPiChunk({ seed: 1, ...c }, thread),
    };
    const buffers = createGilBuffers(2, 0);
    const onThreads = await runJobOnWorkers(job, { workers: 2, strategy: 'dynamic', createWorker: factory(), gil: { settings: defaultGilSettings('old'), buffers } });
    const onWorkers = await runJobOnWorkers(job, { workers: 2, strategy: 'dynamic', createWorker: factory() });
    const inside = (events: typeof onWorkers.events) => events.reduce((n, e) => n + e.result.inside, 0);
    expect(inside(onThreads.events)).toBe(inside(onWorkers.events));
    // Each chunk takes the lock once; no chunk reaches the 100-tick check interval.
    expect(gilTotals(buffers, 0)).toMatchObject({ acquisitions: 6, holderViolations: 0 });
  });

  it('refuses a mode the job does not offer before starting any worker', async () => {
    const { onThisThread: _, ...workersOnly } = piJob(2, 5000);
    const threads = runJobOnWorkers(workersOnly, { workers: 2, strategy: 'dynamic', createWorker: factory(), gil: { settings: defaultGilSettings('new'), buffers: createGilBuffers(2, 0) } });
    await expect(threads).rejects.toThrow('This experiment has no threads mode.');
    expect(fakes).toHaveLength(0);
    await expect(runJobOnThisThread(workersOnly, {})).rejects.toThrow('This experiment has no main-thread mode.');
  });
});
