// @ts-check
// How busy a page's own thread (the renderer's main thread) was during a run's timed region,
// from the DevTools protocol's Performance.getMetrics: the change in its task time between the
// moments the page marks the region's start and end (performance.mark 'pp:run-start' and
// 'pp:run-end', see src/runs/executeRun.ts). The page tells the bench of each mark through a
// binding, and the bench then reads the metrics, which the page answers once the task that made
// the mark is over: the start reading includes that task, and the end mark is made when the page
// has the last result, so the interval read is a little later and longer than the timed region.
// It costs the page two small tasks per run.
/** @import { CDPSession, Page } from '@playwright/test' */

/**
 * @typedef {object} PageBusy
 * @property {number} pageBusyMs the main thread's task time (TaskDuration) over the interval
 * @property {number} pageBusyShare pageBusyMs / intervalMs: the share of one core
 * @property {number} pageCpuMs the main thread's CPU time (ThreadTime) over the interval: its task
 *   time less the time it waited for a core, which the workers had
 * @property {number} pageCpuShare pageCpuMs / intervalMs
 * @property {number} scriptMs JavaScript (ScriptDuration)
 * @property {number} layoutMs layout (LayoutDuration) plus style recalculation (RecalcStyleDuration)
 * @property {number} intervalMs between the two readings
 */

/** @typedef {Record<string, number>} Metrics */

const BINDING = '__benchTimedRegion';

/** How long to wait, once the run is over, for the page's end mark to reach the bench. */
const END_MARK_TIMEOUT_MS = 5_000;

/**
 * Starts watching `page` (before it loads). `result()` gives the readings once the run is over,
 * or null if the page never marked both ends (a failed run).
 * @param {Page} page
 * @returns {Promise<{ result(): Promise<PageBusy | null> }>}
 */
export async function watchPageBusy(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  /** @type {Map<string, Promise<Metrics>>} */
  const readings = new Map();
  /** @type {() => void} */
  let endMarked = () => {};
  const ended = new Promise((resolve) => (endMarked = () => resolve(undefined)));
  await page.exposeBinding(BINDING, (_source, /** @type {string} */ name) => {
    if (readings.has(name)) return;
    readings.set(name, readMetrics(cdp));
    if (name === 'pp:run-end') endMarked();
  });
  // The binding is called from within performance.mark, not from a PerformanceObserver: an
  // observer's callback waits behind the page's rendering, so its reading would come too late.
  await page.addInitScript((binding) => {
    const report = /** @type {(name: string) => void} */ (/** @type {any} */ (window)[binding]);
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name === 'pp:run-start' || name === 'pp:run-end') report(name);
      return entry;
    };
  }, BINDING);
  return {
    async result() {
      if (!readings.has('pp:run-start')) return null;
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, END_MARK_TIMEOUT_MS))]);
      const start = readings.get('pp:run-start');
      const end = readings.get('pp:run-end');
      return start && end ? busyBetween(await start, await end) : null;
    },
  };
}

/** @param {CDPSession} cdp */
async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/**
 * The change between two readings (their durations are in seconds).
 * @param {Metrics} start
 * @param {Metrics} end
 * @returns {PageBusy}
 */
export function busyBetween(start, end) {
  /** @param {string} name */
  const ms = (name) => (end[name] - start[name]) * 1000;
  const intervalMs = ms('Timestamp');
  const pageBusyMs = ms('TaskDuration');
  return {
    pageBusyMs,
    pageBusyShare: intervalMs > 0 ? pageBusyMs / intervalMs : NaN,
    pageCpuMs: ms('ThreadTime'),
    pageCpuShare: intervalMs > 0 ? ms('ThreadTime') / intervalMs : NaN,
    scriptMs: ms('ScriptDuration'),
    layoutMs: ms('LayoutDuration') + ms('RecalcStyleDuration'),
    intervalMs,
  };
}
