// @ts-check
// The leak check: many runs in one page must leave no worker alive and the heap about as it was.
/** @import { CDPSession, Page } from '@playwright/test' */
/** @import { Session } from './app.mjs' */
import { labUrl, openPage, runOnce } from './app.mjs';

const RUNS = 50;
const SETTINGS = { samples: 1_000_000, workers: 4, mode: 'workers' };
/** "A few MB": more growth than this over the runs fails the check. */
const MAX_GROWTH_MB = 5;
/** Playwright hears that a terminated worker is gone a moment after the page ends it. */
const WORKER_GONE_GRACE_MS = 2_000;
const MB = 1_000_000;

/**
 * @typedef {typeof SETTINGS & {
 *   runs: number, heapBeforeMb: number, heapAfterMb: number, growthMb: number,
 *   workersAliveAfterRuns: number, maxGrowthMb: number, passed: boolean
 * }} MemoryReport
 */

/**
 * Runs the pi lab RUNS times in one page; the heap is measured after the first run and after the last.
 * @param {Session} session
 * @param {number} seed
 * @param {(message: string) => void} log
 * @returns {Promise<MemoryReport>}
 */
export async function memoryCheck(session, seed, log) {
  const { page, errors } = await openPage(session.context, labUrl(session.appUrl, 'pi', { ...SETTINGS, seed }));
  try {
    const cdp = await session.context.newCDPSession(page);
    let heapBeforeMb = 0;
    let workersAliveAfterRuns = 0;
    for (let run = 1; run <= RUNS; run++) {
      await runOnce(page, errors);
      workersAliveAfterRuns = Math.max(workersAliveAfterRuns, await workersAlive(page));
      if (run === 1) heapBeforeMb = await usedHeapMb(cdp);
      if (run % 10 === 0) log(`memory: ${run}/${RUNS} runs`);
    }
    const heapAfterMb = await usedHeapMb(cdp);
    const growthMb = heapAfterMb - heapBeforeMb;
    return {
      runs: RUNS,
      ...SETTINGS,
      heapBeforeMb,
      heapAfterMb,
      growthMb,
      workersAliveAfterRuns,
      maxGrowthMb: MAX_GROWTH_MB,
      passed: workersAliveAfterRuns === 0 && growthMb <= MAX_GROWTH_MB,
    };
  } finally {
    await page.close();
  }
}

/** @param {Page} page */
async function workersAlive(page) {
  const deadline = Date.now() + WORKER_GONE_GRACE_MS;
  while (page.workers().length > 0 && Date.now() < deadline) await page.waitForTimeout(10);
  return page.workers().length;
}

/**
 * The page's JS heap in use after a full garbage collection.
 * @param {CDPSession} cdp
 */
async function usedHeapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}
