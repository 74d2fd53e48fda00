import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fieldMessage, fill, openLab, result, resultValue, runAndWait } from './helpers';

// Short latencies and few requests: every bound below is a lower one, since a timer can fire
// late but never early. How much faster one client is than another belongs to the bench.

const SERVED_BLUE = [0x1c, 0x7e, 0xd6];

async function exported(page: Page, scope: Locator = result(page)) {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Export JSON' }).click()]);
  return JSON.parse(await readFile((await file.path())!, 'utf8'));
}

/** The timeline's rows that hold a served (blue) stretch, as bands of adjacent pixel rows: one per request drawn. */
async function requestBars(page: Page): Promise<number> {
  return page.getByRole('img', { name: /^Timeline of \d+ requests/ }).evaluate((canvas: HTMLCanvasElement, blue) => {
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let bands = 0;
    let inBand = false;
    for (let y = 0; y < height; y++) {
      let hits = 0;
      for (let x = 0; x < width; x++) {
        const i = 4 * (y * width + x);
        if (data[i] === blue[0] && data[i + 1] === blue[1] && data[i + 2] === blue[2]) hits++;
      }
      if (hits >= 3 && !inBand) bands++;
      inBand = hits >= 3;
    }
    return bands;
  }, SERVED_BLUE);
}

test('one after another takes at least N × latency, one request at a time, a bar per request', async ({ page }) => {
  await openLab(page, 'io?n=6&latency=20');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('serial');
  await runAndWait(page);
  await expect(resultValue(page, 'Client')).toHaveText('One after another');
  await expect(resultValue(page, 'Requests')).toHaveText('6 of 6 answered, 6 of 6 items');
  await expect(resultValue(page, 'Most in flight at once')).toHaveText('1');
  expect(await requestBars(page)).toBe(6);
  const task = await exported(page);
  expect(task).toMatchObject({ schemaVersion: 1, experiment: 'io', kind: 'run', status: 'done' });
  const [run] = task.runs;
  expect(run.wallMs).toBeGreaterThanOrEqual(6 * 20);
  expect(run.summary).toMatchObject({ client: 'serial', items: 6, requests: 6, mostInFlight: 1, serialWaitMs: 120, takenInHiddenTab: false });
  expect(run.events).toHaveLength(6);
  // Each request was served for at least its latency, on the server's own clock.
  for (const { result: r } of run.events) expect(r.answeredMs - r.servedMs).toBeGreaterThanOrEqual(20 - 0.1);
});

test('with at most L in flight it takes at least N × latency / L, and keeps L in flight', async ({ page }) => {
  await openLab(page, 'io?n=16&latency=20&client=concurrent&inflight=4');
  await expect(page.getByLabel('In flight', { exact: true })).toHaveValue('4');
  expect(await fieldMessage(page, 'In flight')).toContain('N × latency / 4 = 80 ms');
  await runAndWait(page);
  await expect(resultValue(page, 'Client')).toHaveText('Concurrent, at most 4 in flight');
  await expect(resultValue(page, 'Most in flight at once')).toHaveText('4');
  expect(await requestBars(page)).toBe(16);
  const [run] = (await exported(page)).runs;
  expect(run.wallMs).toBeGreaterThanOrEqual((16 * 20) / 4);
  expect(run.summary).toMatchObject({ mostInFlight: 4, mostServedAtOnce: 4, idealWaitMs: 80 });
});

test('batches send a request per batch, each waiting at least a latency', async ({ page }) => {
  await openLab(page, 'io?n=10&latency=20&client=batches&batch=4');
  await runAndWait(page);
  await expect(resultValue(page, 'Client')).toHaveText('Batches of 4');
  await expect(resultValue(page, 'Requests')).toHaveText('3 of 3 answered, 10 of 10 items (batches of up to 4)');
  expect(await requestBars(page)).toBe(3);
  const [run] = (await exported(page)).runs;
  expect(run.events.map((e: { items: number }) => e.items).sort()).toEqual([2, 4, 4]);
  expect(run.wallMs).toBeGreaterThanOrEqual(3 * 20);
});

test('the sweeps plot a point per run beside the ideal line, the server’s capacity marked', async ({ page }) => {
  await openLab(page, 'io?n=8&latency=20&capacity=2');
  await page.getByRole('button', { name: 'Sweep in-flight limits' }).click();
  const sweep = page.getByRole('region', { name: 'In-flight sweep' });
  await expect(sweep.getByText(/^Done: 4 runs of 8 items, latency 20 ms/)).toBeVisible({ timeout: 60_000 });
  await expect(sweep.locator('tbody tr th')).toHaveText(['1 in flight', '2 in flight', '4 in flight', '8 in flight']);
  await expect(sweep.locator('circle.measured-point')).toHaveCount(4);
  await expect(sweep.getByText('server capacity 2')).toBeVisible();
  await expect(sweep.getByText('ideal: N × latency / limit')).toBeVisible();
  // Beyond the capacity, requests queue at the server: never more than 2 served at once.
  const task = await exported(page, sweep);
  expect(task.runs.map((r: { summary: { mostServedAtOnce: number } }) => r.summary.mostServedAtOnce)).toEqual([1, 2, 2, 2]);
  for (const run of task.runs) expect(run.wallMs).toBeGreaterThanOrEqual((8 * 20) / Math.min(run.workers, 2));

  await page.getByRole('button', { name: 'Sweep batch sizes' }).click();
  const batches = page.getByRole('region', { name: 'Batch-size sweep' });
  await expect(batches.getByText(/^Done: 4 runs/)).toBeVisible({ timeout: 60_000 });
  await expect(batches.locator('tbody tr th')).toHaveText(['batches of 1', 'batches of 2', 'batches of 5', 'batches of 8']);
});

test('Stop ends a run at once, its server and CPU workers gone, and the page runs again', async ({ page }) => {
  await openLab(page, 'io?n=40&latency=2000&client=concurrent&inflight=4&cpu=500&cpuOn=workers&cpuWorkers=2');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect.poll(() => page.workers().length, { timeout: 60_000 }).toBe(3);
  await expect(page.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => page.workers().length, { timeout: 1_000, intervals: [20] }).toBe(0);
  await expect(page.getByText('Stopped: every worker of the run was terminated.')).toBeVisible();
  await expect(result(page).getByRole('heading')).toHaveText('Result (stopped early)');
  await fill(page, { Latency: '10', Requests: '4' });
  await runAndWait(page);
  await expect(resultValue(page, 'Requests')).toHaveText('4 of 4 answered, 4 of 4 items');
});

test('each kind of bad input shows its message beside the field and starts nothing', async ({ page }) => {
  const cases: [string, Record<string, string>, string, RegExp, string][] = [
    ['', { Requests: '0' }, 'Requests', /from 1 to 10,000/, 'Run'],
    ['', { Requests: '5,000' }, 'Requests', /would take about 8 minutes; keep it under about 120 s/, 'Run'],
    ['?client=concurrent', { Requests: '2,000' }, 'Requests', /This sweep \(12 runs\) would take about/, 'Sweep in-flight limits'],
    ['?client=concurrent', { 'In flight': '300' }, 'In flight', /from 1 to 200/, 'Run'],
    ['?client=batches', { 'Batch size': '2.5' }, 'Batch size', /not a whole number/, 'Run'],
    ['', { Latency: 'soon' }, 'Latency', /not a number/, 'Sweep batch sizes'],
    ['', { Jitter: '150' }, 'Jitter', /0 to the latency \(100 ms\)/, 'Run'],
    ['', { Capacity: '0' }, 'Capacity', /from 1 to 10,000/, 'Run'],
    ['?cpuOn=workers', { 'CPU workers': '99' }, 'CPU workers', /from 1 to 16/, 'Run'],
  ];
  for (const [query, settings, field, message, button] of cases) {
    await openLab(page, `io${query}`);
    await fill(page, settings);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await fieldMessage(page, field), field).toMatch(message);
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
    await page.waitForTimeout(200);
    await expect(page.getByText('Ready. Pick a client and press Run, or try a preset.')).toBeVisible();
    await expect(page.getByRole('region')).toHaveCount(0);
    expect(page.workers()).toHaveLength(0);
  }
});

test('a run taken while the tab is hidden is marked as such', async ({ page }) => {
  await openLab(page, 'io?n=4&latency=250');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();
  // What switching tabs does to the page: its visibility turns hidden, then back.
  const setHidden = (hidden: boolean) =>
    page.evaluate((hide) => {
      if (hide) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      else delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.waitForTimeout(150);
  await setHidden(false);
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  await expect(resultValue(page, 'Tab')).toContainText('taken in a hidden tab');
  await expect(page.getByTestId('hidden-tab-warning')).toBeVisible();
  const [run] = (await exported(page)).runs;
  expect(run.summary.takenInHiddenTab).toBe(true);
  expect(run.summary.hiddenMs).toBeGreaterThan(0);
});

test('the book’s database preset, scaled, gives its measured ratio beside the book’s 13.5×', async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page, 'io');
  await page.getByRole('button', { name: 'The book’s database example, scaled' }).click();
  const panel = page.getByRole('region', { name: 'The book’s database example, scaled' });
  await expect(panel.getByText(/^Done: 2 runs/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByTestId('database-ratio')).toHaveText(/^\d+(\.\d)?×$/);
  await expect(panel.getByText('13.5×')).toBeVisible();
  await expect(panel.locator('tbody tr th')).toHaveText(['One after another', 'Batches of 100']);
  // The form now holds the preset's last run, to vary from there.
  await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('1028');
  await expect(page.getByLabel('Batch size', { exact: true })).toHaveValue('100');
  const task = await exported(page, panel);
  expect(task).toMatchObject({ kind: 'database', status: 'done', summary: { bookRatio: 13.5 } });
  expect(task.runs[0].wallMs).toBeGreaterThanOrEqual(1028 * 5);
  expect(task.runs[1].events).toHaveLength(11);
});

test('the CPU-and-waiting preset does each answer’s CPU work on the page, then on workers', async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page, 'io');
  await page.getByRole('button', { name: 'CPU and waiting' }).click();
  const panel = page.getByRole('region', { name: 'CPU and waiting' });
  await expect(panel.getByText(/^Done: 4 runs/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.locator('tbody tr th')).toHaveText(['One after another', '5 in flight', '50 in flight', /^50 in flight, \d+ workers$/]);
  const task = await exported(page, panel);
  const places = task.runs.map(
    (run: { events: { result: { cpuWorker: number | null } }[] }) => new Set(run.events.map((e) => (e.result.cpuWorker === null ? 'page' : 'worker'))),
  );
  expect(places.map((set: Set<string>) => [...set])).toEqual([['page'], ['page'], ['page'], ['worker']]);
  // Whoever does it, the work per answer is asked in ms and thrown as the same darts.
  expect(new Set(task.runs.map((run: { summary: { clientDartsPerItem: number } }) => run.summary.clientDartsPerItem)).size).toBe(1);
});

test('settings live in the link, and the page after a run passes an accessibility scan', async ({ page }) => {
  await openLab(page, 'io?n=12&latency=10&jitter=5&client=concurrent&inflight=3&capacity=2&cpu=1');
  await expect(page.getByLabel('Jitter', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('Capacity', { exact: true })).toHaveValue('2');
  await fill(page, { 'In flight': '6' });
  await expect(page).toHaveURL(/inflight=6/);
  await runAndWait(page);
  await expect(resultValue(page, 'Most in flight at once')).toHaveText('6');
  await expect(resultValue(page, 'Client CPU work')).toContainText('1 ms per item asked');
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
