import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, STATIC_HOST_URL, test } from './fixtures';
import { fill, openLab, result, resultValue, runAndWait } from './helpers';

// The pi lab's runs and what they show. Small sizes: CI has 2 cores and a time budget; worker
// counts above 2 still run (and must).

/** The pi lab, from a fresh page load, with the settings of `query` (e.g. "?samples=1e6"). */
const openPi = (page: Page, query = '') => openLab(page, `pi${query}`);

test('a seeded run gives the same darts inside with 1, 2 and 4 workers', async ({ page }) => {
  await openPi(page);
  const counts: string[] = [];
  for (const workers of ['1', '2', '4']) {
    await fill(page, { Samples: '3,000,000', Seed: '2026', Workers: workers });
    await runAndWait(page);
    await expect(resultValue(page, 'Workers')).toHaveText(workers);
    counts.push((await resultValue(page, 'Darts inside').textContent()) ?? '');
  }
  expect(counts[0]).toMatch(/^[\d,]+ of 3,000,000$/);
  expect(new Set(counts).size).toBe(1);
  await expect(resultValue(page, 'Seed')).toContainText('2026');
});

test('an unseeded run lands within 4 standard errors of pi and shows the seed it used', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '1e6', Workers: '3' });
  await runAndWait(page);
  const errorText = (await resultValue(page, 'Error').textContent()) ?? '';
  const standardErrors = Number(/\(([\d.]+) standard errors\)/.exec(errorText)?.[1]);
  expect(standardErrors).toBeLessThan(4);
  await expect(resultValue(page, 'Seed')).toContainText(/\d+ \(random\)/);
  await result(page).getByRole('button', { name: 'Use this seed' }).click();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(/^\d+$/);
});

test('with the same seed in every worker, every worker counts the same darts', async ({ page }) => {
  await openPi(page);
  // Default chunks, and a sample count that 3 does not divide: each worker gets n // 3.
  await fill(page, { Samples: '3,000,001', Workers: '3' });
  const insideColumn = async () => {
    const rows = page.getByRole('table', { name: 'Per-worker counts' }).locator('tbody tr');
    await expect(rows).toHaveCount(3);
    return rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2].textContent));
  };

  await runAndWait(page);
  expect(new Set(await insideColumn()).size).toBeGreaterThan(1);

  await page.getByLabel('Same seed in every worker').check();
  await runAndWait(page);
  const counts = await insideColumn();
  expect(counts[0]).toMatch(/^[\d,]+$/);
  expect(new Set(counts).size).toBe(1);
  await expect(resultValue(page, 'Mode')).toContainText('same seed in every worker');
  await expect(resultValue(page, 'Darts inside')).toContainText('of 3,000,000 (n // W = 1,000,000 per worker, as in the book)');
  await expect(result(page)).toContainText('only 1,000,000 of the 3,000,000 are independent');
});

test('main-thread mode blocks the page: long tasks and the frame rate are counted', async ({ page }) => {
  await openPi(page);
  await page.getByLabel('Mode').selectOption('Main thread (blocks the page)');
  // Two chunks of 100,000,000 darts: each blocks the page for well over 50 ms on any machine.
  await fill(page, { Samples: '2e8', Chunks: '2' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByText('Page frame rate')).toBeVisible();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  expect(page.workers()).toHaveLength(0);
  await expect(resultValue(page, 'Workers')).toHaveText('none (main thread)');
  const pageNote = (await resultValue(page, 'Page while running').textContent()) ?? '';
  const [, longTasks, fps] = /^(\d+) long tasks? .*?, (\d+) frames per second/.exec(pageNote) ?? [];
  // At least a long task per chunk (how many more, and the frame rate, depend on the machine).
  expect(Number(longTasks)).toBeGreaterThanOrEqual(2);
  expect(fps).toMatch(/^\d+$/);
});

test('a worker sweep plots and lists one point per worker count', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '4,000,000', 'Worker counts to sweep': '1, 2, 3' });
  await page.getByRole('button', { name: 'Sweep workers' }).click();
  const sweep = page.getByRole('region', { name: 'Worker sweep' });
  await expect(sweep.getByText(/^Done: 3 worker counts/)).toBeVisible({ timeout: 60_000 });
  await expect(sweep.getByRole('table', { name: 'Sweep results' }).locator('tbody tr')).toHaveCount(3);
  await expect(sweep.locator('circle.measured-point')).toHaveCount(3);
  await expect(sweep.getByText(/Amdahl fit .*serial share/)).toBeVisible();
  // Every point computed the same darts (same seed), so the estimates agree.
  const estimates = await sweep.locator('tbody tr td:last-child').allTextContents();
  expect(new Set(estimates).size).toBe(1);
});

test('the page after a run has no serious or critical accessibility violations', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '2e6', 'Worker counts to sweep': '1, 2' });
  await runAndWait(page);
  await page.getByRole('button', { name: 'Sweep workers' }).click();
  await expect(page.getByText(/^Done: 2 worker counts/)).toBeVisible({ timeout: 60_000 });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('on a static host under a sub-path the pi lab runs on workers after the service worker reload', async ({ page }) => {
  await page.goto(`${STATIC_HOST_URL}#/pi?samples=2e6&workers=2&seed=2026`);
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 60_000 }).toBe(true);
  await expect(page.getByLabel('Samples', { exact: true })).toHaveValue('2e6');
  await runAndWait(page);
  await expect(resultValue(page, 'Workers')).toHaveText('2');
  await expect(resultValue(page, 'Darts inside')).toHaveText(/ of 2,000,000$/);
});

test('a finished run exports its record as JSON, CSV and a Chrome trace', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '2,000,000', Workers: '2', Chunks: '4', Seed: '5' });
  await runAndWait(page);
  const inside = Number(((await resultValue(page, 'Darts inside').textContent()) ?? '').split(' of ')[0].replaceAll(',', ''));
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), result(page).getByRole('button', { name }).click()]);
    return readFile((await file.path())!, 'utf8');
  };

  const task = JSON.parse(await download('Export JSON'));
  expect(task).toMatchObject({
    schemaVersion: 1,
    app: 'Parallel Playground',
    experiment: 'pi',
    kind: 'run',
    status: 'done',
    environment: { crossOriginIsolated: true },
  });
  expect(task.runs).toHaveLength(1);
  const [record] = task.runs;
  expect(record).toMatchObject({ status: 'done', workers: 2, chunkCount: 4, summary: { seed: 5, inside, samples: 2_000_000 } });
  expect(record.events).toHaveLength(4);
  expect(record.events.reduce((sum: number, e: { result: { inside: number } }) => sum + e.result.inside, 0)).toBe(inside);

  const csv = (await download('Export CSV')).trim().split('\n');
  expect(csv[0]).toBe('chunk,worker,items,startMs,endMs,samples,inside');
  expect(csv).toHaveLength(5);

  const trace = JSON.parse(await download('Export trace'));
  const phases = trace.traceEvents.map((e: { ph: string }) => e.ph);
  expect(phases.filter((ph: string) => ph === 'M')).toHaveLength(2);
  expect(phases.filter((ph: string) => ph === 'X')).toHaveLength(4);
});

test('the live charts draw what the run did, in each worker’s colour', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '2e7', Workers: '2', Seed: '3' });
  await runAndWait(page);
  // Pixels within a small distance of a colour: canvases anti-alias the edges of what they draw.
  const pixelsNear = (name: RegExp, rgb: [number, number, number]) =>
    page.getByRole('img', { name }).evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60) count++;
      return count;
    }, rgb);
  const worker1: [number, number, number] = [31, 119, 180];
  const worker2: [number, number, number] = [232, 89, 12];
  for (const chart of [/sampled darts/, /^Timeline of \d+ chunks/]) {
    expect(await pixelsNear(chart, worker1), `${chart} worker 1`).toBeGreaterThan(100);
    expect(await pixelsNear(chart, worker2), `${chart} worker 2`).toBeGreaterThan(100);
  }
  expect(await pixelsNear(/^Busy time per worker/, [43, 138, 62])).toBeGreaterThan(1000);
  expect(await pixelsNear(/^Estimate .* after/, [28, 126, 214])).toBeGreaterThan(100);
});
