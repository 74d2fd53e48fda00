import { describe, expect, it } from 'vitest';
import { cpuInRegion, selfTimes, sumByThread, summariseTrace, timedRegion, type TraceEvent } from './trace.mjs';

const RENDERER = 10;
const MAIN = 11;
const COMPOSITOR = 12;
const POOL = 13;
const WORKER = 14;
const GPU = 20;

/** A complete event; times in ms, written in the trace's µs. */
const x = (name: string, tid: number, startMs: number, durMs: number, pid = RENDERER): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts: startMs * 1000,
  dur: durMs * 1000,
});
const mark = (name: string, atMs: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', pid: RENDERER, tid: MAIN, ts: atMs * 1000 });
const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });

const region = { start: 100_000, end: 200_000 };

describe('timedRegion', () => {
  it('is the last start mark before the first end mark, on the thread that made it', () => {
    const events = [mark('pp:run-start', 50), mark('pp:run-start', 100), mark('pp:run-end', 200), mark('pp:run-start', 300)];
    expect(timedRegion(events)).toEqual({ pid: RENDERER, tid: MAIN, start: 100_000, end: 200_000 });
  });

  it('is null without both marks (a failed run marks no end)', () => {
    expect(timedRegion([mark('pp:run-start', 100)])).toBeNull();
    expect(timedRegion([mark('pp:run-end', 100)])).toBeNull();
  });
});

describe('sumByThread', () => {
  it('counts nested and overlapping events once per thread, clipped to the region, and adds threads up', () => {
    const events = [
      x('RunTask', MAIN, 90, 20),
      x('FunctionCall', MAIN, 95, 10),
      x('RunTask', MAIN, 150, 10),
      x('Layout', MAIN, 155, 10),
      x('RunTask', POOL, 120, 5),
      x('RunTask', MAIN, 250, 10),
    ];
    // Main: 100-110 and 150-165; the pool: 120-125.
    expect(sumByThread(events, region)).toBe(10 + 15 + 5);
  });
});

describe('selfTimes', () => {
  it('gives each name its time less the events nested in it, so the names add up to the busy time', () => {
    const events = [
      x('RunTask', MAIN, 100, 20),
      x('FunctionCall', MAIN, 102, 10),
      x('Layout', MAIN, 104, 3),
      x('ThreadControllerImpl::RunTask', MAIN, 130, 10),
      x('v8.callFunction', MAIN, 131, 4),
    ];
    const byName = Object.fromEntries(selfTimes(events, region).map((b) => [b.name, [b.selfMs, b.count]]));
    // RunTask: 20 - 10 (its FunctionCall), plus 10 - 4 under the other name; FunctionCall: 10 - 3, plus 4.
    expect(byName).toEqual({ RunTask: [16, 1], FunctionCall: [11, 1], Layout: [3, 1] });
  });

  it('counts only the part of an event inside the region', () => {
    expect(selfTimes([x('RunTask', MAIN, 90, 20), x('Paint', MAIN, 95, 10)], region)).toEqual([
      { name: 'Paint', selfMs: 5, count: 1 },
      { name: 'RunTask', selfMs: 5, count: 1 },
    ]);
  });
});

describe('summariseTrace', () => {
  it('sums the page main thread, compositor, raster, GPU process and workers within the marks', () => {
    const events = [
      thread(RENDERER, MAIN, 'CrRendererMain'),
      thread(RENDERER, COMPOSITOR, 'Compositor'),
      thread(RENDERER, POOL, 'ThreadPoolForegroundWorker'),
      thread(RENDERER, WORKER, 'DedicatedWorker thread'),
      { name: 'process_name', ph: 'M', pid: GPU, tid: 0, ts: 0, args: { name: 'GPU Process' } },
      mark('pp:run-start', 100),
      mark('pp:run-end', 200),
      x('RunTask', MAIN, 110, 30),
      x('FunctionCall', MAIN, 112, 20),
      x('RunTask', COMPOSITOR, 120, 4),
      x('RasterTask', POOL, 130, 6),
      x('RunTask', GPU + 1, 140, 2, GPU),
      x('RunTask', WORKER, 90, 200),
      x('RunTask', MAIN, 210, 30),
    ];
    const summary = summariseTrace(events);
    expect(summary).toMatchObject({ regionMs: 100, pageBusyMs: 30, pageBusyShare: 0.3, compositorMs: 4, rasterMs: 6, gpuMs: 2, workerThreadsMs: 100 });
    expect(summary?.breakdown).toEqual([
      { name: 'FunctionCall', selfMs: 20, count: 1 },
      { name: 'RunTask', selfMs: 10, count: 1 },
    ]);
  });

  it('is null for a trace without the marks', () => {
    expect(summariseTrace([x('RunTask', MAIN, 0, 10)])).toBeNull();
  });

  it('gives the main thread CPU time apart from its task time', () => {
    const events = [mark('pp:run-start', 100), mark('pp:run-end', 200), { ...x('RunTask', MAIN, 110, 30), tdur: 12_000 }, x('FunctionCall', MAIN, 112, 20)];
    expect(summariseTrace(events)).toMatchObject({ pageBusyMs: 30, pageCpuMs: 12, pageCpuShare: 0.12 });
  });
});

describe('cpuInRegion', () => {
  const withCpu = (event: TraceEvent, cpuMs: number): TraceEvent => ({ ...event, tdur: cpuMs * 1000 });

  it('counts the outermost events only, each for the share of it inside the region', () => {
    const events = [
      withCpu(x('RunTask', MAIN, 120, 10), 4),
      withCpu(x('FunctionCall', MAIN, 121, 5), 3), // inside the task: already counted
      withCpu(x('RunTask', MAIN, 90, 20), 10), // half inside
      withCpu(x('RunTask', MAIN, 195, 10), 2), // half inside
      withCpu(x('RunTask', MAIN, 250, 10), 5), // after the region
    ];
    expect(cpuInRegion(events, region)).toBeCloseTo(4 + 5 + 1);
  });

  it('counts nothing for events that record no CPU time', () => {
    expect(cpuInRegion([x('RunTask', MAIN, 120, 10)], region)).toBe(0);
  });
});
