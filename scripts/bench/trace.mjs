// @ts-check
// A browser trace of one run, read between the page's 'pp:run-start' and 'pp:run-end' marks:
// how long each thread of the page's renderer (and the GPU process) was busy, and on the page's
// main thread, which kinds of work took that time.
/** @import { Browser, Page } from '@playwright/test' */

/** What --trace records: tasks and what runs inside them, V8's calls and collections, the marks. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [cat]
 * @property {string} ph
 * @property {number} pid
 * @property {number} tid
 * @property {number} ts µs
 * @property {number} [dur] µs, for complete ('X') events
 * @property {number} [tdur] µs of the thread's CPU time, for complete events that record it
 * @property {Record<string, any>} [args]
 */

/**
 * @typedef {object} TraceSummary
 * @property {number} regionMs the timed region, mark to mark
 * @property {number} pageBusyMs the renderer's main thread inside tasks
 * @property {number} pageBusyShare pageBusyMs / regionMs: the share of one core
 * @property {number} pageCpuMs the renderer's main thread's CPU time in its tasks: pageBusyMs less
 *   the time its tasks waited for a core
 * @property {number} pageCpuShare pageCpuMs / regionMs
 * @property {number} compositorMs the renderer's compositor thread
 * @property {number} rasterMs raster tasks (the renderer's thread pool)
 * @property {number} gpuMs the GPU process (display compositor), all its threads
 * @property {number} workerThreadsMs the page's workers, all of them
 * @property {Breakdown[]} breakdown the main thread's time by kind of event, largest first
 */

/**
 * @typedef {object} Breakdown
 * @property {string} name a trace event's name (RunTask: task time no finer event covers;
 *   ThreadControllerImpl::RunTask counts as RunTask, v8.callFunction as FunctionCall)
 * @property {number} selfMs its time on the main thread, less the events inside it
 * @property {number} count events of this name that overlap the region
 */

/**
 * Records a trace around `work` (one trace at a time per browser).
 * @template T
 * @param {Browser} browser
 * @param {Page} page
 * @param {() => Promise<T>} work
 * @returns {Promise<{ value: T, events: TraceEvent[] }>}
 */
export async function traced(browser, page, work) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let value;
  try {
    value = await work();
  } catch (error) {
    await browser.stopTracing().catch(() => {});
    throw error;
  }
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString('utf8'));
  return { value, events: Array.isArray(trace) ? trace : trace.traceEvents };
}

/**
 * Sums a trace over the timed region its page marked, or null if it has no such region.
 * @param {TraceEvent[]} events
 * @returns {TraceSummary | null}
 */
export function summariseTrace(events) {
  const region = timedRegion(events);
  if (!region) return null;
  const threads = threadNames(events);
  const gpu = events.find((e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === 'GPU Process')?.pid;
  /** @param {(e: TraceEvent) => boolean} where */
  const busyMs = (where) =>
    sumByThread(
      events.filter((e) => e.ph === 'X' && where(e)),
      region,
    );
  const renderer = (/** @type {TraceEvent} */ e) => e.pid === region.pid;
  const named = (/** @type {string} */ name) => (/** @type {TraceEvent} */ e) => threads.get(`${e.pid}:${e.tid}`) === name;
  const onMain = (/** @type {TraceEvent} */ e) => renderer(e) && e.tid === region.tid;
  const pageBusyMs = busyMs(onMain);
  const pageCpuMs = cpuInRegion(
    events.filter((e) => e.ph === 'X' && onMain(e)),
    region,
  );
  const regionMs = (region.end - region.start) / 1000;
  return {
    regionMs,
    pageBusyMs,
    pageBusyShare: regionMs > 0 ? pageBusyMs / regionMs : NaN,
    pageCpuMs,
    pageCpuShare: regionMs > 0 ? pageCpuMs / regionMs : NaN,
    compositorMs: busyMs((e) => renderer(e) && named('Compositor')(e)),
    rasterMs: busyMs((e) => renderer(e) && e.name === 'RasterTask'),
    gpuMs: gpu === undefined ? 0 : busyMs((e) => e.pid === gpu),
    workerThreadsMs: busyMs((e) => renderer(e) && named('DedicatedWorker thread')(e)),
    breakdown: selfTimes(
      events.filter((e) => e.ph === 'X' && onMain(e)),
      region,
    ),
  };
}

/**
 * The page's last 'pp:run-start' mark and the 'pp:run-end' after it, with the thread that made them.
 * @param {TraceEvent[]} events
 * @returns {{ pid: number, tid: number, start: number, end: number } | null}
 */
export function timedRegion(events) {
  const marks = events
    .filter((e) => e.cat?.includes('blink.user_timing') && (e.name === 'pp:run-start' || e.name === 'pp:run-end'))
    .sort((a, b) => a.ts - b.ts);
  const endAt = marks.findIndex((e) => e.name === 'pp:run-end');
  const start = marks
    .slice(0, Math.max(0, endAt))
    .reverse()
    .find((e) => e.name === 'pp:run-start');
  if (!start) return null;
  return { pid: start.pid, tid: start.tid, start: start.ts, end: marks[endAt].ts };
}

/** @param {TraceEvent[]} events */
function threadNames(events) {
  return new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]));
}

/**
 * Time each thread spent inside any of `events` within the region (nested events count once),
 * summed over threads, in ms.
 * @param {TraceEvent[]} events complete events
 * @param {{ start: number, end: number }} region
 */
export function sumByThread(events, region) {
  /** @type {Map<string, [number, number][]>} */
  const spans = new Map();
  for (const e of events) {
    const from = Math.max(e.ts, region.start);
    const to = Math.min(e.ts + (e.dur ?? 0), region.end);
    if (to <= from) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!spans.has(key)) spans.set(key, []);
    spans.get(key)?.push([from, to]);
  }
  let total = 0;
  for (const list of spans.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let [from, to] = list[0];
    for (const [start, end] of list.slice(1)) {
      if (start > to) {
        total += to - from;
        [from, to] = [start, end];
      } else to = Math.max(to, end);
    }
    total += to - from;
  }
  return total / 1000;
}

/**
 * One thread's CPU time in the region, in ms: the outermost events' thread durations, each
 * counted for the share of its span inside the region.
 * @param {TraceEvent[]} events one thread's complete events
 * @param {{ start: number, end: number }} region
 */
export function cpuInRegion(events, region) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let outerEnd = -Infinity;
  let total = 0;
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < outerEnd) continue;
    outerEnd = end;
    const inRegion = Math.min(end, region.end) - Math.max(e.ts, region.start);
    if (inRegion <= 0 || !e.dur || e.tdur === undefined) continue;
    total += e.tdur * (inRegion / e.dur);
  }
  return total / 1000;
}

/** Events that come in nested pairs, one per category: each pair is counted under one name. */
const SAME_EVENT = new Map([
  ['ThreadControllerImpl::RunTask', 'RunTask'],
  ['v8.callFunction', 'FunctionCall'],
]);

/**
 * One thread's time by event name: each event's time in the region less that of the events
 * nested in it, so the names add up to the thread's busy time.
 * @param {TraceEvent[]} events one thread's complete events
 * @param {{ start: number, end: number }} region
 * @returns {Breakdown[]}
 */
export function selfTimes(events, region) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {Map<string, Breakdown>} */
  const byName = new Map();
  /** @type {{ end: number, entry: Breakdown }[]} */
  const open = [];
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= e.ts) open.pop();
    const inRegion = Math.max(0, Math.min(end, region.end) - Math.max(e.ts, region.start)) / 1000;
    if (inRegion <= 0 && !(e.ts >= region.start && e.ts <= region.end)) continue;
    const name = SAME_EVENT.get(e.name) ?? e.name;
    if (!byName.has(name)) byName.set(name, { name, selfMs: 0, count: 0 });
    const entry = /** @type {Breakdown} */ (byName.get(name));
    entry.selfMs += inRegion;
    if (name === e.name) entry.count++;
    const parent = open.at(-1);
    if (parent) parent.entry.selfMs -= inRegion;
    open.push({ end, entry });
  }
  return [...byName.values()].sort((a, b) => b.selfMs - a.selfMs || a.name.localeCompare(b.name));
}
