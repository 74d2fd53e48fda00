import { afterEach, describe, expect, it } from 'vitest';
import { computeApi } from '../../workers/computeApi';
import type { Job } from './job';
import { runJobOnThisThread, runJobOnWorkers } from './runJob';
import { isAbortError } from './types';
import { spawnWorkerPool } from './workerPool';
import { FakeWorker, piJob } from './testing/fixtures';
import type { PiChunkResult } from '../kernels/pi';
import { piChunk } from '../kernels/pi';

let fakes: FakeWorker[] = [];
const factory =
  (api: object = computeApi, outlivesTerminate = false) =>
  () => {
    const fake = new FakeWorker(api, outlivesTerminate);
    fakes.push(fake);
    return fake;
  };
const slowPingApi = { ...computeApi, ping: () => new Promise<true>((resolve) => setTimeout(() => resolve(true), 200)) };

afterEach(() => {
  for (const fake of fakes) fake.close();
  fakes = [];
});

describe('spawnWorkerPool', () => {
  it('starts every worker, times the start until the last one answers, and terminates them all', async () => {
    const pool = await spawnWorkerPool(5, undefined, factory(slowPingApi));
    expect(pool.remotes).toHaveLength(5);
    // Each answers after 200 ms (a timer is never early by more than Node's 1 ms clock).
    expect(pool.spawnMs).toBeGreaterThanOrEqual(199);
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

  it("fails with the worker's message when one cannot start, and terminates the rest", async () => {
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

  it('warms every worker up before the timed region, tells the job when it starts and ends, and hands each chunk its worker', async () => {
    const order: string[] = [];
    const base = piJob(6, 5000);
    const job: Job<{ firstStream: number; samples: number }, PiChunkResult> = {
      ...base,
      onWorker: (remote, chunk, worker) => {
        order.push(`chunk ${chunk.firstStream} on worker ${worker}`);
        return base.onWorker(remote, chunk, worker);
      },
      warmUp: async (_remote, worker) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push(`warm-up ${worker}`);
      },
      onStart: () => order.push('start'),
      onEnd: () => order.push(`end, workers running: ${fakes.filter((f) => !f.terminated).length}`),
    };
    const outcome = await runJobOnWorkers(job, {
      workers: 3,
      strategy: 'static',
      createWorker: factory(),
      onStarted: () => order.push('started'),
    });
    expect(order.slice(0, 5).sort()).toEqual(['start', 'started', 'warm-up 0', 'warm-up 1', 'warm-up 2'].sort());
    expect(order.slice(3, 5)).toEqual(['start', 'started']);
    expect(order.slice(5, 11).sort()).toEqual([
      'chunk 0 on worker 0',
      'chunk 1 on worker 0',
      'chunk 2 on worker 1',
      'chunk 3 on worker 1',
      'chunk 4 on worker 2',
      'chunk 5 on worker 2',
    ]);
    // The job hears of the end while its workers still run: threads mode stops them then.
    expect(order.at(-1)).toBe('end, workers running: 3');
    expect(fakes.every((f) => f.terminated)).toBe(true);
    expect(outcome.warmUpMs).toBeGreaterThanOrEqual(29);
  });

  it('tells the job of the end when the run is stopped or fails too', async () => {
    let ends = 0;
    const controller = new AbortController();
    const stopped = runJobOnWorkers(
      { ...piJob(400, 20_000), onEnd: () => ends++ },
      { workers: 2, strategy: 'dynamic', signal: controller.signal, createWorker: factory(), onEvent: () => controller.abort() },
    );
    expect(isAbortError(await stopped.catch((e: unknown) => e))).toBe(true);
    const failing = { ...piJob(3, 5000), onEnd: () => ends++, onWorker: () => Promise.reject(new Error('kernel bug')) };
    await expect(runJobOnWorkers(failing, { workers: 2, strategy: 'dynamic', createWorker: factory() })).rejects.toThrow('kernel bug');
    expect(ends).toBe(2);
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

describe('a job with its own workers', () => {
  it('runs on the workers its factory makes, its lanes sharing them: four requests in flight to one server', async () => {
    let resolvers: (() => void)[] = [];
    // A stand-in server: answers each request when the test says so.
    const server = { ping: () => true as const, request: (id: number) => new Promise<number>((resolve) => resolvers.push(() => resolve(id))) };
    let inFlight = 0;
    let mostInFlight = 0;
    let workersMade = 0;
    const job: Job<number, number, typeof server> = {
      chunks: [0, 1, 2, 3, 4, 5, 6, 7],
      itemsOf: () => 1,
      worker: () => (workersMade++, new FakeWorker(server)),
      workersFor: () => 1,
      onWorker: async (remote, id) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const startEpochMs = Date.now();
        const result = await remote.request(id);
        inFlight--;
        return { result, startEpochMs, endEpochMs: Date.now() };
      },
    };
    const running = runJobOnWorkers(job, { workers: 4, strategy: 'dynamic' });
    // Answer whatever is waiting until every request is done.
    const answering = setInterval(() => {
      const waiting = resolvers;
      resolvers = [];
      waiting.forEach((answer) => answer());
    }, 5);
    const outcome = await running.finally(() => clearInterval(answering));
    expect(outcome.events.map((e) => e.result).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(outcome.events.map((e) => e.worker)).size).toBe(4);
    expect(mostInFlight).toBe(4);
    expect(workersMade).toBe(1);
  });

  it('may start more workers than it has lanes, each warmed up with its index, and terminates them all', async () => {
    const warmed: number[] = [];
    const job = { ...piJob(3, 5000), workersFor: (lanes: number) => lanes + 2, warmUp: async (_: unknown, worker: number) => void warmed.push(worker) };
    const outcome = await runJobOnWorkers(job, { workers: 1, strategy: 'dynamic', createWorker: factory() });
    expect(outcome.events).toHaveLength(3);
    expect(warmed.sort()).toEqual([0, 1, 2]);
    expect(fakes).toHaveLength(3);
    expect(fakes.every((f) => f.terminated)).toBe(true);
  });
});

describe('runJobOnThisThread', () => {
  it('runs the chunks one by one on this thread and can be stopped between them', async () => {
    const done = await runJobOnThisThread(piJob(6, 5000), {});
    expect(done.events.map((e) => [e.chunk, e.worker])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
    ]);

    const controller = new AbortController();
    let finished = 0;
    const stopped = runJobOnThisThread(piJob(100, 5000), { signal: controller.signal, onEvent: () => ++finished === 3 && controller.abort() });
    expect(isAbortError(await stopped.catch((e: unknown) => e))).toBe(true);
    expect(finished).toBe(3);
  });

  it('refuses to run on the page a job that has no main-thread mode', async () => {
    const { onThisThread: _, ...workersOnly } = piJob(2, 5000);
    await expect(runJobOnThisThread(workersOnly, {})).rejects.toThrow('This experiment has no main-thread mode.');
  });
});
