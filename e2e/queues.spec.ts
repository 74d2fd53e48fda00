import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { STATIC_HOST_URL, expect, test } from './fixtures';
import { fieldMessage, fill, openLab, result, resultValue, runAndWait } from './helpers';

// Small sizes throughout: the machine is shared. [10^8, 10^8 + 3,000) holds 167 primes.
const openQueues = (page: Page, query = '') => openLab(page, `queues${query}`);
const section = (page: Page, name: string) => page.getByRole('region', { name });
const column = (page: Page, table: string, title: string) => page.getByRole('table', { name: table }).locator('tbody tr').locator(`td:nth-child(${title})`);

test('every way finds the same 167 primes; each worker takes its poison pill and its finished flag is counted', async ({ page }) => {
  test.setTimeout(90_000);
  await openQueues(page, '?numbers=3000&workers=2');
  await runAndWait(page, 60_000);
  await expect(resultValue(page, 'Primes found')).toHaveText('167, the same primes every way (their sum: 16,700,252,641)');
  const ways = page.getByRole('table', { name: 'Ways compared' });
  await expect(ways.locator('tbody th')).toHaveText(['No queue', 'One message per number', 'Batches', 'Shared memory ring']);
  // Columns: Workers, Wall time, Ratio, Primes found, Pills sent, Finished flags.
  await expect(column(page, 'Ways compared', '5')).toHaveText(['167', '167', '167', '167']);
  await expect(column(page, 'Ways compared', '6')).toHaveText(['–', '2', '2', '2']);
  await expect(column(page, 'Ways compared', '7')).toHaveText(['–', '2 of 2', '2 of 2', '2 of 2']);
  // The last way's live view: both pills taken, both flags counted, and no worker left.
  const live = page.getByRole('region', { name: 'Live run' });
  await expect(live.getByText('Finished flags counted')).toBeVisible();
  await expect(live.getByRole('table', { name: 'Per-worker counts' }).locator('tbody tr td:nth-child(8)')).toHaveText(['taken', 'taken']);
  await expect(live.getByRole('table', { name: 'Per-worker counts' }).locator('tbody tr td:nth-child(9)')).toHaveText(['counted', 'counted']);
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(page.locator('.lesson-note').first()).toContainText('No queue took');

  // The book's next step: only the odd numbers, in batches. The same primes.
  await page.getByLabel('Queue', { exact: true }).selectOption({ label: 'Batches' });
  await page.getByLabel('Skip even numbers').check();
  await runAndWait(page);
  await expect(resultValue(page, 'Numbers')).toHaveText('1,500 odd numbers in [100,000,000, 100,003,000)');
  await expect(column(page, 'Ways compared', '5')).toHaveText(['167', '167']);
});

test('the IPC meter draws and lists a point per N and way, each with all its integers back', async ({ page }) => {
  test.setTimeout(90_000);
  await openQueues(page, '?ipcN=1e4');
  await page.getByRole('button', { name: 'Measure the cost of talking' }).click();
  const meter = section(page, 'IPC cost meter');
  await expect(meter.getByText(/^Done: 10 measurements/)).toBeVisible({ timeout: 80_000 });
  await expect(meter.locator('circle.measured-point')).toHaveCount(10);
  const rows = meter.getByRole('table', { name: 'IPC cost meter results' }).locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.locator('td:nth-child(6)')).toHaveText(Array(10).fill('yes'));
  await expect(rows.locator('th')).toContainText([
    'A message per integer',
    'One array message',
    'A Comlink call per integer',
    'A transferred ArrayBuffer',
    'Shared memory ring',
  ]);
});

test('early exit finds the factors of the composite presets, says what was done after, and finds none for the prime', async ({ page }) => {
  test.setTimeout(90_000);
  await openQueues(page, '?workers=2');
  const earlyExit = section(page, 'Early exit');
  const verify = async (preset: string) => {
    await page.getByRole('button', { name: preset }).click();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(earlyExit.getByText(/^Done: 3 runs on 2 workers/)).toBeVisible({ timeout: 60_000 });
  };

  await verify('A number with a small factor');
  await expect(earlyExit.getByTestId('verdict')).toHaveText('9,007,199,254,740,991 is composite: 6,361 × 1,416,003,655,831.');
  const shares = earlyExit.getByRole('table', { name: 'Per-worker shares' });
  await expect(shares.locator('tbody tr td:nth-child(3)')).toHaveText(['found the factor', 'stopped by the flag']);
  // Worker 2 stops at its first look at the flag: at most 1,000 divisions after the factor.
  const after = Number((await shares.locator('tbody tr').nth(1).locator('td:nth-child(5)').textContent())!.replace(/,/g, ''));
  expect(after).toBeGreaterThanOrEqual(0);
  expect(after).toBeLessThanOrEqual(1_000);
  await expect(earlyExit.getByRole('table', { name: 'Check intervals' }).locator('tbody td:nth-child(6)')).toHaveText(/^[+−]\d/);

  await verify('A product of two large primes');
  await expect(earlyExit.getByTestId('verdict')).toHaveText('9,007,197,690,257,581 is composite: 34,000,009 × 264,917,509.');

  await verify('A large prime');
  await expect(earlyExit.getByTestId('verdict')).toHaveText('9,007,199,254,740,881 is prime: no worker found a factor up to its square root.');
  await expect(shares.locator('tbody tr td:nth-child(3)')).toHaveText(['searched its whole share', 'searched its whole share']);
});

test('lost updates: Atomics.add and the lock count every update; the histogram; an accessibility scan', async ({ page }) => {
  test.setTimeout(60_000);
  await openQueues(page, '?workers=2&increments=200000');
  await page.getByRole('button', { name: 'Count' }).click();
  const lost = section(page, 'Lost updates');
  await expect(lost.getByText(/^Done: 2 workers each added 1/)).toBeVisible({ timeout: 60_000 });
  const rows = lost.getByRole('table', { name: 'Lost updates' }).locator('tbody tr');
  await expect(rows.locator('th')).toHaveText(['Plain read-modify-write', 'Atomics.add', 'Under a lock (Atomics mutex)']);
  for (const row of [1, 2]) await expect(rows.nth(row).locator('td')).toHaveText(['400,000', '400,000', '0', /\d/]);
  // The plain count is never above what was asked; the page says how many it lost, or that it lost none.
  await expect(lost.getByTestId('plain-verdict')).toHaveText(/^The plain read-modify-write lost (\d[\d,]* of 400,000 updates|no update this time)/);

  await page.getByRole('button', { name: 'Draw the factor histogram' }).click();
  const histogram = section(page, 'Smallest factors');
  await expect(histogram.getByText(/^921,500 composites and 78,498 primes below 1,000,000, computed on 2 workers/)).toBeVisible({ timeout: 60_000 });
  await expect(histogram.locator('.recharts-bar-rectangle')).toHaveCount(13);

  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('each kind of bad input shows its message beside the field and starts nothing', async ({ page }) => {
  const cases: [string, Record<string, string>, string, RegExp, string][] = [
    ['', { Numbers: '50' }, 'Numbers', /from 100 to 1,000,000/, 'Run'],
    ['?queue=message', { Numbers: '1,000,000' }, 'Numbers', /One message per number would take about .* under about a minute/, 'Run'],
    ['', { Workers: '0' }, 'Workers', /from 1 to 32/, 'Sweep workers'],
    ['', { 'Up to N': '5,000' }, 'Up to N', /power of ten/, 'Measure the cost of talking'],
    ['', { 'Number to verify': '9,007,199,254,740,992' }, 'Number to verify', /from 2 to 9,007,199,254,740,991/, 'Compare check intervals'],
    ['', { 'Increments per worker': '10' }, 'Increments per worker', /from 1,000 to 10,000,000/, 'Count'],
  ];
  for (const [query, settings, field, message, button] of cases) {
    await openQueues(page, query);
    await fill(page, settings);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await fieldMessage(page, field), field).toMatch(message);
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
    await page.waitForTimeout(200);
    await expect(page.getByText('Ready. Press Run to time the work queues, or use a part’s button below.')).toBeVisible();
    await expect(page.getByRole('region')).toHaveCount(0);
    expect(page.workers()).toHaveLength(0);
  }
});

/** Stop, then every worker is gone within a second (Chromium's grace period for a busy one is about 2 s). */
async function stopAndExpectNoWorker(page: Page) {
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => page.workers().length, { timeout: 1_000, intervals: [20] }).toBe(0);
  await expect(page.getByText('Stopped: every worker of the run was terminated.')).toBeVisible();
}

test('Stop ends every worker at once: asleep on the shared queue, searching for a factor, waiting for the lock', async ({ page }) => {
  test.setTimeout(90_000);
  await openQueues(page, '?queue=ring&numbers=1000000&workers=2');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Shared memory ring on 2 workers \(2 of 2\): Running/ })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.workers().length).toBe(2);
  await stopAndExpectNoWorker(page);
  await expect(result(page).getByRole('heading')).toHaveText('Result (stopped early)');

  await openQueues(page, '?workers=2&verify=9007199254740881');
  await page.getByRole('button', { name: 'Compare check intervals' }).click();
  // Any run of the comparison after the first: each searches a prime's whole divisor range.
  await expect(page.getByRole('status').filter({ hasText: /^(Search, check|Cost of checking) every [\d,]+ \([2-8] of 9\): Running/ })).toBeVisible({
    timeout: 60_000,
  });
  await stopAndExpectNoWorker(page);
  await expect(section(page, 'Early exit').getByText(/^Stopped after [1-7] of 9 runs\.$/)).toBeVisible();

  // The most the page allows, on more workers than cores: most of them wait for the lock while
  // its holder may be off its core, so the locked count lasts seconds even on a fast machine and
  // is caught running however slowly this test polls (at 2 workers it could end first).
  await openQueues(page, '?workers=8&increments=1e7');
  await page.getByRole('button', { name: 'Count' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Under a lock \(Atomics mutex\) \(3 of 3\): Running/ })).toBeVisible({ timeout: 60_000 });
  await stopAndExpectNoWorker(page);
  await expect(page.getByRole('button', { name: 'Count' })).toBeEnabled();
});

test.describe('without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });

  test('the shared-memory parts say why they cannot run, and the message queues still do', async ({ page }) => {
    await page.goto(`${STATIC_HOST_URL}#/queues?numbers=2000&workers=2`);
    await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
    expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
    await expect(page.getByRole('option', { name: 'Shared memory ring (not in this browser)' })).toBeDisabled();
    expect(await fieldMessage(page, 'Queue')).toMatch(/Shared memory ring: it needs shared memory/);
    expect(await fieldMessage(page, 'Number to verify')).toMatch(/Early exit needs shared memory .* cross-origin isolated page/);
    expect(await fieldMessage(page, 'Increments per worker')).toMatch(/The shared counter needs shared memory/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Count' }).click();
    await expect(page.getByRole('region')).toHaveCount(0);
    expect(page.workers()).toHaveLength(0);

    await runAndWait(page, 60_000);
    await expect(page.getByRole('table', { name: 'Ways compared' }).locator('tbody th')).toHaveText(['No queue', 'One message per number', 'Batches']);
    await expect(resultValue(page, 'Shared memory ring')).toHaveText(/not run: it needs a cross-origin isolated page/);
    await expect(resultValue(page, 'Primes found')).toHaveText(/^110, the same primes every way/);
  });
});
