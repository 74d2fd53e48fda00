import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fieldMessage, fill, openLab, result, resultValue, runAndWait } from './helpers';

// The book's range takes about a second per run on CI's 2 cores; sweeps use small ranges.

const openPrimes = (page: Page, query = '') => openLab(page, `primes${query}`);

const STRATEGIES = ['Dynamic queue (Pool.map)', 'Static blocks', 'Round-robin chunks'];
const ORDERS = ['Ascending', 'Shuffled', 'Costliest first'];

for (const workers of ['1', '2', '3']) {
  test(`the book's range holds 54,208 primes on ${workers} ${workers === '1' ? 'worker' : 'workers'}, for every strategy and order`, async ({ page }) => {
    test.setTimeout(120_000);
    await openPrimes(page);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('100,000,000');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('101,000,000');
    await fill(page, { Workers: workers });
    for (const strategy of STRATEGIES) {
      for (const order of ORDERS) {
        await page.getByLabel('Strategy').selectOption({ label: strategy });
        await page.getByLabel('Order').selectOption({ label: order });
        await runAndWait(page);
        await expect(resultValue(page, 'Primes found'), `${strategy}, ${order}`).toHaveText('54,208');
        await expect(resultValue(page, 'Strategy')).toHaveText(strategy);
        await expect(resultValue(page, 'Order')).toContainText(order);
        await expect(resultValue(page, 'Workers')).toHaveText(workers);
      }
    }
    await expect(resultValue(page, 'Range')).toHaveText('[100,000,000, 101,000,000): 1,000,000 of 1,000,000 numbers checked');
  });
}

test('the empty chunk size resolves to Pool.map’s default, shown beside the field and in the Result', async ({ page }) => {
  await openPrimes(page);
  await fill(page, { Workers: '2' });
  expect(await fieldMessage(page, 'Chunk size')).toContain('ceil(1,000,000 / (4 × 2)) = 125,000, so 1,000,000 numbers in 8 chunks');
  await fill(page, { Workers: '3' });
  await expect(page.getByTestId('resolved-chunk-size')).toHaveText('83,334');
  await page.getByLabel('Skip even numbers').check();
  await expect(page.getByTestId('resolved-chunk-size')).toHaveText('41,667');
  await runAndWait(page);
  await expect(resultValue(page, 'Chunks')).toHaveText(/^12 of up to 41,667 numbers \(Pool.map’s default chunk size\); 12 done$/);
  await expect(resultValue(page, 'Primes found')).toHaveText('54,208');
  await expect(resultValue(page, 'Range')).toContainText('500,000 of 500,000 numbers checked (2 and the odd numbers only)');
  await fill(page, { 'Chunk size': '300000' });
  expect(await fieldMessage(page, 'Chunk size')).toBe('500,000 numbers in 2 chunks of up to 300,000.');
});

test('each kind of bad input shows its message beside the field and starts nothing', async ({ page }) => {
  const cases: [Record<string, string>, string, RegExp, string][] = [
    [{ To: '100,000,000' }, 'To', /To must be above From/, 'Run'],
    [{ From: '5e8', To: '1e8' }, 'To', /To must be above From/, 'Sweep chunk counts'],
    [{ 'Chunk size': '0' }, 'Chunk size', /Enter 1 to 1,000,000/, 'Run'],
    [{ 'Chunk size': '10' }, 'Chunk size', /100,000 chunks; at most 20,000/, 'Run'],
    [{ From: '0', To: '1e12' }, 'To', /would take about .* hours/, 'Compare orders'],
    [{ From: '1e6', To: '6e6' }, 'To', /Compare orders shuffles and sorts every number of the range: at most 4,000,000/, 'Compare orders'],
    [{ To: 'soon' }, 'To', /not a number/, 'Run'],
    [{ From: '10.000' }, 'From', /"10\.000" is not a whole number\. .*a dot is a decimal point/, 'Run'],
    [{ Workers: '0' }, 'Workers', /from 1 to 64/, 'Run'],
    [{ 'Numbers in the chunk-size sweep': '50' }, 'Numbers in the chunk-size sweep', /from 100 to 20,000/, 'Sweep chunk sizes'],
    [{ 'Profile to': '5,000' }, 'Profile to', /above Profile from/, 'Draw cost profile'],
  ];
  for (const [settings, field, message, button] of cases) {
    await openPrimes(page);
    await fill(page, settings);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await fieldMessage(page, field), field).toMatch(message);
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
    await page.waitForTimeout(200);
    await expect(page.getByText('Ready. Set the range and workers, then press Run.')).toBeVisible();
    await expect(page.getByRole('region')).toHaveCount(0);
    expect(page.workers()).toHaveLength(0);
  }

  await openPrimes(page);
  await fill(page, { From: '0', To: '1e7' });
  await page.getByLabel('Order').selectOption({ label: 'Shuffled' });
  expect(await fieldMessage(page, 'Order')).toMatch(/lists every number before the run: at most 4,000,000/);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByLabel('Order')).toBeFocused();
  await expect(result(page)).toHaveCount(0);
});

test('a chunk-size sweep draws and lists one point per size, the default marked', async ({ page }) => {
  await openPrimes(page);
  await fill(page, { Workers: '2', 'Numbers in the chunk-size sweep': '2,000' });
  await page.getByRole('button', { name: 'Sweep chunk sizes' }).click();
  const sweep = page.getByRole('region', { name: 'Chunk-size sweep' });
  // 1, 2, 4, ..., 512, then the default 250 and one chunk per worker, 1,000: 12 sizes.
  await expect(sweep.getByText(/^Done: 12 runs of \[100,000,000, 100,002,000\) on 2 workers/)).toBeVisible({ timeout: 60_000 });
  const rows = sweep.getByRole('table', { name: 'Chunk-size sweep results' }).locator('tbody tr');
  await expect(rows).toHaveCount(12);
  await expect(sweep.locator('circle.measured-point')).toHaveCount(12);
  await expect(sweep.locator('circle.default-point')).toHaveCount(1);
  await expect(rows.filter({ hasText: 'chunk size 250 (Pool.map default)' })).toHaveCount(1);
  await expect(rows.first().locator('td').nth(0)).toHaveText('2,000'); // chunk size 1: a chunk per number
  // Every size found the 110 primes of [100,000,000, 100,002,000).
  expect(new Set(await rows.locator('td:nth-child(5)').allTextContents())).toEqual(new Set(['110']));
});

test('Stop ends a sweep mid-run: its workers are terminated and the page can run again', async ({ page }) => {
  await openPrimes(page);
  await fill(page, { Workers: '4' });
  await page.getByRole('button', { name: 'Sweep chunk sizes' }).click();
  const sweep = page.getByRole('region', { name: 'Chunk-size sweep' });
  await expect(sweep.getByText(/Measuring chunk size 1 \(1 of \d+\)/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(4);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(sweep.getByText(/^Stopped after \d+ of \d+ runs\.$/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
  await fill(page, { From: '1e6', To: '1.1e6' });
  await runAndWait(page);
  await expect(resultValue(page, 'Primes found')).toHaveText('7,216');
});

test('the chunk-count sweep and the order comparison each plot one point per run', async ({ page }) => {
  await openPrimes(page);
  await fill(page, { From: '1e6', To: '1.2e6', Workers: '2' });
  await page.getByRole('button', { name: 'Sweep chunk counts' }).click();
  const counts = page.getByRole('region', { name: 'Chunk-count sweep' });
  await expect(counts.getByText(/^Done: 6 runs/)).toBeVisible({ timeout: 60_000 });
  await expect(counts.locator('circle.measured-point')).toHaveCount(6);
  await expect(counts.locator('tbody tr th')).toHaveText(['1 chunk', '2 chunks', '3 chunks', '4 chunks', '5 chunks', '6 chunks']);

  await page.getByRole('button', { name: 'Compare orders' }).click();
  const orders = page.getByRole('region', { name: 'Order comparison' });
  await expect(orders.getByText(/^Done: 3 runs/)).toBeVisible({ timeout: 60_000 });
  await expect(orders.locator('tbody tr th')).toHaveText(ORDERS);
  await expect(orders.locator('.recharts-bar-rectangle')).toHaveCount(3);
  expect(new Set(await orders.locator('tbody tr td:nth-child(5)').allTextContents())).toEqual(new Set(['14,440']));
});

test('the cost profile draws sampled numbers, primes apart, computed on a worker', async ({ page }) => {
  await openPrimes(page);
  await page.getByRole('button', { name: 'Draw cost profile' }).click();
  const profile = page.getByRole('region', { name: 'Cost profile' });
  await expect(profile.getByText(/^4,000 numbers sampled from \[10,000, 1,000,000\), \d+ of them prime; computed on a worker/)).toBeVisible();
  const canvas = profile.getByRole('img', { name: /Trial divisions for 4000 sampled numbers/ });
  await expect(canvas).toBeVisible();
  // Prime red and composite grey pixels both appear on the canvas.
  const colours = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let red = 0;
    let grey = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 0xc9 && data[i + 1] === 0x2a && data[i + 2] === 0x2a) red++;
      if (data[i] === 0x86 && data[i + 1] === 0x8e && data[i + 2] === 0x96) grey++;
    }
    return { red, grey };
  });
  expect(colours.red).toBeGreaterThan(200);
  expect(colours.grey).toBeGreaterThan(200);
});

test('settings live in the link, and the page after a run passes an accessibility scan', async ({ page }) => {
  await openPrimes(page, '?from=1e6&to=2e6&workers=3&chunk=5000&strategy=roundRobin&order=costliest&skipEven=1');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('1e6');
  await expect(page.getByLabel('Chunk size', { exact: true })).toHaveValue('5000');
  await expect(page.getByLabel('Strategy')).toHaveValue('roundRobin');
  await expect(page.getByLabel('Order')).toHaveValue('costliest');
  await expect(page.getByLabel('Skip even numbers')).toBeChecked();
  await fill(page, { Workers: '2' });
  await expect(page).toHaveURL(/workers=2/);
  await runAndWait(page);
  await expect(resultValue(page, 'Primes found')).toHaveText('70,435');
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('the timeline colours chunks by their cost, and the run exports what the Result says', async ({ page }) => {
  // Ascending from 2: later chunks hold larger numbers and cost more trial divisions.
  await openPrimes(page, '?from=2&to=2e6&workers=2&chunk=250000');
  await runAndWait(page);
  await expect(resultValue(page, 'Primes found')).toHaveText('148,933');
  // The costliest chunk is drawn in the darkest shade, the cheapest in a light one.
  const shades = await page.getByRole('img', { name: /^Timeline of 8 chunks on 2 workers/ }).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let darkest = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 127 && data[i + 1] === 39 && data[i + 2] === 4) darkest++;
      if (data[i] > 240 && data[i + 1] > 150 && data[i + 2] < 120) light++;
    }
    return { darkest, light };
  });
  expect(shades.darkest).toBeGreaterThan(50);
  expect(shades.light).toBeGreaterThan(50);

  const [file] = await Promise.all([page.waitForEvent('download'), result(page).getByRole('button', { name: 'Export JSON' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^primes-.*\.json$/);
  const task = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(task).toMatchObject({ schemaVersion: 1, experiment: 'primes', kind: 'run', status: 'done' });
  const [record] = task.runs;
  expect(record).toMatchObject({ status: 'done', workers: 2, chunkCount: 8, mode: 'workers', summary: { primes: 148_933, checked: 1_999_998 } });
  const sum = (key: 'primes' | 'checked') => record.events.reduce((total: number, e: { result: Record<string, number> }) => total + e.result[key], 0);
  expect([sum('primes'), sum('checked')]).toEqual([148_933, 1_999_998]);
});
