import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PiChunkResult } from '../kernels/pi';
import type { Job } from '../pool/job';
import { runJobOnWorkers } from '../pool/runJob';
import { fakeWorkerFactory, piJob } from '../pool/testing/fixtures';
import { executeRun } from './executeRun';
import { BUSY_TICK_MS, LIVE_TICK_MS } from './live';
import { newRunRecord } from './record';
import { newSeries, runSeries } from './series';

const environment = { userAgent: 'test', logicalCores: 2, crossOriginIsolated: true, startedAt: '2026-12-03T00:00:00.000Z' };

let workers = fakeWorkerFactory();
afterEach(() => {
  workers.closeAll();
  workers = fakeWorkerFactory();
  vi.useRealTimers();
});

function record<C, R>(job: Job<C, R>, count = 2) {
  return newRunRecord({ experiment: 'test', settings: { n: 1 }, mode: 'workers', workers: count, strategy: 'dynamic', environment, instruments: null }, job);
}

// executeRun spawns real workers through the pool; these tests give it fake ones.
vi.mock('../pool/runJob', async (importOriginal) => {
  const original = await importOriginal<typeof import('../pool/runJob')>();
  return {
    ...original,
    runJobOnWorkers: (job: Job<unknown, unknown>, options: Parameters<typeof runJobOnWorkers>[1]) =>
      original.runJobOnWorkers(job, { ...options, createWorker: () => workers.create() }),
  };
});

describe('executeRun', () => {
  it('records every chunk, and a wall time that ends with the last chunk', async () => {
    const job = piJob(6, 5000);
    const run = record(job);
    const changed = vi.fn();
    await executeRun(run, job, { signal: new AbortController().signal, changed, pace: () => {} });
    expect(run).toMatchObject({ status: 'done', error: null, itemsDone: 30_000, totalItems: 30_000, inFlight: [null, null] });
    expect(run.events.map((e) => e.chunk).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(run.wallMs).toBe(Math.max(...run.events.map((e) => e.endMs)));
    expect(run.spawnMs).not.toBeNull();
    expect(changed).toHaveBeenCalled();
  });

  it('ends failed, with the error, and leaves no live tick running', async () => {
    const ticks = new Set<unknown>();
    vi.spyOn(globalThis, 'setInterval').mockImplementation(((handler: () => void, ms: number) => {
      const id = setTimeout(handler, ms);
      ticks.add(id);
      return id;
    }) as typeof setInterval);
    vi.spyOn(globalThis, 'clearInterval').mockImplementation((id) => void ticks.delete(id));
    const failing = { ...piJob(4, 5000), onWorker: () => Promise.reject(new Error('kernel bug')) };
    const run = record(failing);
    await executeRun(run, failing, { signal: new AbortController().signal, changed: () => {}, pace: () => {} });
    vi.restoreAllMocks();
    expect(run).toMatchObject({ status: 'failed', error: 'kernel bug' });
    expect(ticks.size).toBe(0);
    expect(workers.made.every((w) => w.terminated)).toBe(true);
  });

  it('ends stopped when the signal aborts, with no error, and every worker terminated', async () => {
    const controller = new AbortController();
    const job = piJob(200, 20_000);
    const run = record(job);
    await executeRun(run, job, { signal: controller.signal, changed: () => run.events.length === 2 && controller.abort(), pace: () => {} });
    expect(run).toMatchObject({ status: 'stopped', error: null });
    expect(run.events.length).toBeLessThan(200);
    expect(workers.made.every((w) => w.terminated)).toBe(true);
  });
});

describe('the live tick', () => {
  it.each([
    [1, LIVE_TICK_MS],
    [2, BUSY_TICK_MS],
    [4, BUSY_TICK_MS],
  ])('with %i workers on 2 cores, repaints every %i ms while the run goes, then again at the live pace', async (workers, tick) => {
    const paces: number[] = [];
    const job = piJob(4, 5000);
    await executeRun(record(job, workers), job, { signal: new AbortController().signal, changed: () => {}, pace: (ms) => paces.push(ms) });
    expect(paces).toEqual([tick, LIVE_TICK_MS]);
  });
});

describe('runSeries', () => {
  it('runs a step after another, a point per run, and stops at the first run that fails', async () => {
    const series = newSeries<number, ReturnType<typeof record<unknown, PiChunkResult>>, number>('sweep', [1, 2, 3]);
    await runSeries(
      series,
      {
        prepare(chunks) {
          const job = chunks === 2 ? { ...piJob(2, 5000), onWorker: () => Promise.reject(new Error('no')) } : piJob(chunks, 5000);
          return { record: record(job, 1), job };
        },
        toPoint: (step, run) => step * 100 + run.events.length,
      },
      { signal: new AbortController().signal, changed: () => {}, pace: () => {} },
    );
    expect(series).toMatchObject({ status: 'failed', error: 'no', points: [101] });
    expect(series.runs).toHaveLength(1);
    expect(series.current?.status).toBe('failed');
  });
});
