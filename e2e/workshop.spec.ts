import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, STATIC_HOST_URL, test } from './fixtures';
import { openLab, result, runAndWait } from './helpers';
import { workerSweep } from '../src/workshop/testing/exports';

// The workshop: lessons (predict, run the real lab, compare), kept runs compared side by side and
// imported from other machines, presenter mode, and the app offline once loaded. Small runs.

const measured = (page: Page) => page.getByTestId('measured');
const keptStatus = (page: Page) => page.getByRole('region', { name: 'Kept runs' }).getByRole('status');

test('a lesson step: no run before a prediction, then the measured value beside it; progress survives a reload and can be cleared', async ({ page }) => {
  await page.goto('/#/lessons/pi-processes/3');
  await expect(page.getByRole('heading', { name: 'Step 3 of 3: The un-seeded fork bug' })).toBeVisible();
  // The lab is there with the step's settings, but locked until a prediction is made.
  await expect(page.locator('.step-lab')).toHaveAttribute('inert', '');
  await expect(page.getByRole('button', { name: 'Run' }).click({ trial: true, timeout: 1_000 })).rejects.toThrow();

  const prediction = page.getByLabel('Your prediction');
  await prediction.fill('about a million');
  await page.getByRole('button', { name: 'Save prediction' }).click();
  await expect(page.getByText(/"about a million" is not a number/)).toBeVisible();
  await prediction.fill('1,000,000');
  await page.getByRole('button', { name: 'Save prediction' }).click();
  await expect(page.getByLabel('Samples', { exact: true })).toHaveValue('4,000,000');
  await expect(page.getByLabel('Same seed in every worker')).toBeChecked();

  await runAndWait(page);
  await expect(page.getByTestId('predicted')).toHaveText('1,000,000 darts');
  await expect(measured(page)).toContainText('1,000,000 darts: 4,000,000 darts thrown by 4 workers, each of them the same 1,000,000');
  await expect(page.getByText('4 workers silently do the work of 1.')).toBeVisible();

  await page.reload();
  await expect(measured(page)).toContainText('1,000,000 darts: 4,000,000 darts thrown by 4 workers');
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('The un-seeded fork bug (measured)');
  await expect(result(page)).toHaveCount(0);

  // A step's prediction may be skipped: its lab unlocks, with the step's action beside Stop.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: 'More workers than cores' }).click();
  await page.getByRole('link', { name: 'Skip prediction' }).click();
  await expect(page.getByTestId('predicted')).toHaveText('skipped');
  await expect(page.getByRole('button', { name: 'Sweep workers' }).first()).toBeEnabled();

  await page.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: 'Lessons' }).click();
  const lesson = page.getByRole('listitem').filter({ hasText: 'Pi across processes' });
  await expect(lesson).toContainText('1 of 3 steps measured');
  await page.getByRole('button', { name: 'Clear progress' }).click();
  await expect(lesson).toContainText('0 of 3 steps measured');
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Pi across processes' })).toContainText('0 of 3 steps measured');
});

test('a lesson step on a lab action: early exit’s Verify measures the work the flag saved, beside the prediction', async ({ page }) => {
  await page.goto('/#/lessons/early-exit/1');
  await expect(page.getByRole('heading', { name: 'Step 1 of 5: A small factor' })).toBeVisible();
  await expect(page.locator('.step-lab')).toHaveAttribute('inert', '');
  await page.getByLabel('Your prediction').fill('99');
  await page.getByRole('button', { name: 'Save prediction' }).click();
  await expect(page.getByLabel('Number to verify', { exact: true })).toHaveValue('9,007,199,254,740,991');

  // The step's action stands where Run does.
  await page.locator('.actions').getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('predicted')).toHaveText('99.0 %');
  await expect(measured(page)).toHaveText(
    /^\d{1,3}\.\d %: the factor 6,361 found; [\d,]+ trial divisions with the flag \([^)]+\), [\d,]+ with no flag \([^)]+\), on \d+ logical cores?\.$/,
    { timeout: 90_000 },
  );
  await expect(page.getByText('if any of them finds a factor, the others should stop')).toBeVisible();

  // The Waiting lab offers its presets to a step too.
  await page.goto('/#/lessons/waiting/5');
  await page.getByRole('link', { name: 'Skip prediction' }).click();
  await expect(page.locator('.actions').getByRole('button', { name: 'Run the book’s example' })).toBeEnabled();
});

test('presenter mode enlarges the type, hides the settings column and stays on', async ({ page }) => {
  await openLab(page, 'pi?samples=1e6');
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await fontSize();
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: 'Settings' })).toBeHidden();
  expect(await fontSize()).toBeGreaterThan(normal);
  // Run and Stop stay: the leader runs the lab from the projector.
  await runAndWait(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('group', { name: 'Settings' })).toBeVisible();
  expect(await fontSize()).toBe(normal);
});

test('finished runs are kept: export, clear, import back, compare; bad files are refused and the kept runs stay', async ({ page }, testInfo) => {
  await openLab(page, 'pi?samples=1e6&sweep=1,2');
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Sweep workers' }).click();
    await expect(page.getByText('Done: 2 worker counts')).toBeVisible({ timeout: 30_000 });
  }
  await page.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: 'Compare' }).click();
  await expect(keptStatus(page)).toHaveText('2 runs kept.');

  const files: string[] = [];
  for (const button of await page.getByRole('button', { name: /^Export JSON of Monte Carlo pi, worker sweeps/ }).all()) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    files.push(testInfo.outputPath(download.suggestedFilename()));
    await download.saveAs(files.at(-1)!);
  }
  expect(files).toHaveLength(2);
  expect(JSON.parse(await readFile(files[0], 'utf8'))).toMatchObject({
    schemaVersion: 1,
    experiment: 'pi',
    kind: 'workers',
    points: [{ workers: 1 }, { workers: 2 }],
  });

  await page.getByRole('button', { name: 'Clear runs' }).click();
  await expect(keptStatus(page)).toHaveText('No runs kept yet.');
  await page.getByLabel('Import runs').setInputFiles(files);
  await expect(keptStatus(page)).toHaveText('2 runs kept.');
  const messages = page.getByRole('list', { name: 'Import messages' });
  await expect(messages.getByRole('listitem')).toHaveCount(2);
  await expect(messages).toContainText(/pi-workers-.*\.json: imported: Monte Carlo pi, worker sweeps, \d+ cores?, Chrome/);

  // Side by side: both sweeps, labelled by machine and time, and in the class table.
  await expect(page.getByLabel('Runs of')).toHaveValue('pi/workers');
  const compared = page.getByRole('table', { name: 'Compared runs' }).locator('tbody tr');
  await expect(compared).toHaveCount(2);
  await expect(compared.first()).toContainText(/cores?, Chrome .+, \d+ \w+, \d\d:\d\d:\d\d \(pi-workers-/);
  await expect(page.locator('figure.comparison .recharts-line-curve')).not.toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Imported worker sweeps by core count' })).toContainText(/logical cores?: 2 machines/);

  // Bad files are refused, each with its name and what is wrong; what was kept stays as it was.
  const keptRows = await page.getByRole('table', { name: 'Kept runs' }).locator('tbody tr').allTextContents();
  const good = await readFile(files[0], 'utf8');
  const bad = {
    'foreign.json': '{"hello": "world"}',
    'truncated.json': good.slice(0, good.length / 2),
    'newer.json': JSON.stringify({ ...JSON.parse(good), schemaVersion: 2 }),
    'huge.json': JSON.stringify({ padding: 'x'.repeat(5.5 * 1024 * 1024) }),
  };
  for (const [name, text] of Object.entries(bad)) await writeFile(testInfo.outputPath(name), text);
  await page.getByLabel('Import runs').setInputFiles(Object.keys(bad).map((name) => testInfo.outputPath(name)));
  await expect(messages).toContainText('foreign.json was refused: it is not a run exported by Parallel Playground');
  await expect(messages).toContainText(/truncated\.json was refused: it is damaged or not JSON/);
  await expect(messages).toContainText('newer.json was refused: it was exported by a newer version of Parallel Playground (schema version 2');
  await expect(messages).toContainText('huge.json was refused: it is 5.5 MB, and a file may hold at most 5 MB.');
  await expect(keptStatus(page)).toHaveText('2 runs kept.');
  expect(await page.getByRole('table', { name: 'Kept runs' }).locator('tbody tr').allTextContents()).toEqual(keptRows);

  // Dropped on the box: read the same way.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not json at all'], 'dropped.json', { type: 'application/json' }));
    return transfer;
  });
  await page.getByRole('region', { name: 'Kept runs' }).dispatchEvent('drop', { dataTransfer });
  await expect(messages).toContainText('dropped.json was refused: it is damaged or not JSON');
  await expect(keptStatus(page)).toHaveText('2 runs kept.');
});

test('offline once loaded: the app reloads from its cache and runs a lab', async ({ page, context, pageGuard }) => {
  await openLab(page, 'pi?samples=2e6&workers=2&seed=2026');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);

  await context.setOffline(true);
  // The browser's check for a new service worker fails offline, and says so.
  pageGuard.allowError(/coi-sw\.js|ERR_INTERNET_DISCONNECTED|Failed to fetch|not-in-the-app\.json/);
  await page.reload();
  // The network is gone for the service worker too: what it has not cached fails.
  expect(
    await page.evaluate(() =>
      fetch('./not-in-the-app.json').then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await runAndWait(page);
  await expect(result(page)).toContainText('2,000,000');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // Views loaded on first visit come from the cache too.
  await page.getByRole('navigation', { name: 'Workshop' }).getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await context.setOffline(false);
});

test('offline on a static host without headers, the reloaded page is still isolated', async ({ page, context, pageGuard }) => {
  await page.goto(`${STATIC_HOST_URL}#/gil`);
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 10_000 }).toBe(true);
  await context.setOffline(true);
  pageGuard.allowError(/coi-sw\.js|ERR_INTERNET_DISCONNECTED|Failed to fetch/);
  await page.reload();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await context.setOffline(false);
});

test('the lessons and compare views pass an accessibility scan', async ({ page }, testInfo) => {
  const serious = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  };
  await page.goto('/#/lessons');
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  expect(await serious()).toEqual([]);

  await page.goto('/#/lessons/chunk-size/2');
  await expect(page.getByLabel('Your prediction')).toBeVisible();
  await expect(page.getByLabel('Chunk size', { exact: true })).toBeVisible();
  expect(await serious()).toEqual([]);

  // Compare with imported runs: two machines' sweeps, as other machines export them.
  const machines = [4, 8].map((cores, i) =>
    workerSweep(
      { 1: 1000, [cores]: 1000 / Math.sqrt(cores) },
      { cores, userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0', startedAt: `2026-12-03T10:00:0${i}.000Z` },
    ),
  );
  const paths = machines.map((_, i) => testInfo.outputPath(`machine-${i}.json`));
  await Promise.all(machines.map((task, i) => writeFile(paths[i], JSON.stringify(task))));
  await page.goto('/#/compare');
  await page.getByLabel('Import runs').setInputFiles(paths);
  await expect(keptStatus(page)).toHaveText('2 runs kept.');
  await expect(page.getByRole('table', { name: 'Imported worker sweeps by core count' })).toContainText('8 logical cores: 1 machine, median speed-up 2.83×');
  expect(await serious()).toEqual([]);
});
