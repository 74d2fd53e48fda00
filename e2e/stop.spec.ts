import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fill, openLab, result } from './helpers';

// Some tests here hold back or break the app's own files with page.route, which cannot see the
// requests a service worker answers from its cache: these pages run without the app's worker
// (the server's headers isolate them; e2e/workshop.spec.ts tests the worker's cache).
test.use({ serviceWorkers: 'block' });

// Stop ends every worker of the run at once, in every lab and mode, even while each of its chunks
// would take seconds. A worker busy in one long task would live on for Chromium's grace period of
// about 2 s; ours return to their event loop every few ms (and simulated threads watch a stop
// word), so they are gone within milliseconds. The bound below is five times the 200 ms we aim
// for, to stay clear of a loaded machine, and still half the grace period.
const GONE_WITHIN_MS = 1_000;

async function stopAndExpectNoWorker(page: Page) {
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => page.workers().length, { timeout: GONE_WITHIN_MS, intervals: [20] }).toBe(0);
}

/** Waits until `count` workers are up and computing (their chunks take seconds each). */
async function whenComputing(page: Page, count: number) {
  await expect.poll(() => page.workers().length, { timeout: 60_000 }).toBe(count);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /running/i })
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(300);
}

test('prime lab on workers: chunks of numbers near 10^12 stop at once', async ({ page }) => {
  await openLab(page, 'primes?from=1000000000000&to=1000000200000&workers=2');
  await page.getByRole('button', { name: 'Run' }).click();
  await whenComputing(page, 2);
  await stopAndExpectNoWorker(page);
  await expect(page.getByText('Stopped: every worker of the run was terminated.')).toBeVisible();
});

test('prime lab as threads under a GIL: stops at once', async ({ page }) => {
  await openLab(page, 'primes?from=1000000000000&to=1000000100000&workers=2&mode=threads&policy=new');
  await page.getByRole('button', { name: 'Run' }).click();
  await whenComputing(page, 2);
  await stopAndExpectNoWorker(page);
});

test('pi lab on workers and as threads: chunks of 2.5 billion darts stop at once', async ({ page }) => {
  for (const mode of ['', '&mode=threads&policy=old']) {
    await openLab(page, `pi?samples=1e10&workers=2&chunks=4${mode}`);
    await page.getByRole('button', { name: 'Run' }).click();
    await whenComputing(page, 2);
    await stopAndExpectNoWorker(page);
    await expect(result(page).getByRole('heading')).toHaveText('Result (stopped early)');
  }
});

test('pi lab sweep: a point of two chunks stops at once', async ({ page }) => {
  await openLab(page, 'pi?samples=1e10&chunks=2&sweep=1%2C2');
  await page.getByRole('button', { name: 'Sweep workers' }).click();
  await whenComputing(page, 1);
  await stopAndExpectNoWorker(page);
  await expect(page.getByRole('region', { name: 'Worker sweep' }).getByText(/^Stopped after 0 of 2 worker counts\.$/)).toBeVisible();
});

test('GIL lab: 8 threads checking the old GIL every tick stop at once, and so does a baseline', async ({ page }) => {
  await openLab(page, 'gil?threads=8&policy=old&check=1&work=2e8&repeats=1');
  await page.getByRole('button', { name: 'Run' }).click();
  await whenComputing(page, 8);
  await page.waitForTimeout(1_500);
  await stopAndExpectNoWorker(page);
  await expect(page.getByText('Stopped: every thread of the run was terminated.')).toBeVisible();

  // The one-thread baseline runs without a lock: it stops all the same.
  await openLab(page, 'gil?threads=2&policy=new&work=4e8&repeats=1');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Baseline: the same work on one thread: Running/ })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.workers().length).toBe(1);
  await stopAndExpectNoWorker(page);
});

test('the cost profile of numbers near 10^13 stops at once', async ({ page }) => {
  await openLab(page, 'primes');
  await fill(page, { 'Profile from': '10,000,000,000,000', 'Profile to': '20,000,000,000,000' });
  await page.getByRole('button', { name: 'Draw cost profile' }).click();
  await expect.poll(() => page.workers().length, { timeout: 60_000 }).toBe(1);
  await page.waitForTimeout(300);
  await stopAndExpectNoWorker(page);
});

test('leaving a lab mid-run terminates its workers', async ({ page }) => {
  await openLab(page, 'pi?samples=1e10&workers=3&chunks=3');
  await page.getByRole('button', { name: 'Run' }).click();
  await whenComputing(page, 3);
  await page.getByRole('navigation', { name: 'Experiments' }).getByRole('link', { name: 'Prime search' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Prime search');
  await expect.poll(() => page.workers().length, { timeout: GONE_WITHIN_MS, intervals: [20] }).toBe(0);
});

test('a lab whose page fails to load shows an error, and the next lab opens normally', async ({ page, pageGuard }) => {
  pageGuard.allowError(/GilPage|Failed to fetch dynamically imported module|500/);
  await page.route(/GilPage-.*\.js$/, (route) => route.fulfill({ status: 500, body: 'down for maintenance' }));
  await page.goto('about:blank');
  await page.goto('/#/gil');
  await expect(page.getByRole('alert')).toContainText('Something went wrong while drawing this page');
  await page.getByRole('navigation', { name: 'Experiments' }).getByRole('link', { name: 'Monte Carlo pi' }).click();
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
