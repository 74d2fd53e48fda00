import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, STATIC_HOST_URL, test } from './fixtures';
import { fieldMessage, fill, openLab, result, resultValue } from './helpers';

// Real contention: every simulated thread is a worker blocking in Atomics.wait on one shared lock.

/** Opens the lab; each comparison is measured once unless the link asks for more repeats. */
async function openGil(page: Page, query = '') {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  if (!params.has('repeats')) params.set('repeats', '1');
  await openLab(page, `gil?${params}`);
}

/** The Result's large ratio against the one-thread baseline, e.g. 1.31. */
async function ratioToOneThread(page: Page): Promise<number> {
  return Number((await result(page).getByTestId('ratio-one-thread').textContent())?.replace('×', ''));
}

/** `threads`: for the browser's logical core count. */
const PRESETS = [
  { name: 'Orthanc: 3 concurrent requests', threads: () => '3', policy: /New GIL/ },
  { name: 'Beazley: two CPU threads, old GIL', threads: () => '2', policy: /Old GIL/ },
  { name: 'New GIL: no speed-up, little loss', threads: () => '4', policy: /New GIL/ },
  { name: 'Convoy: one I/O thread beside CPU threads', threads: () => '3', policy: /New GIL/ },
  // A thread per core, 2 to 4.
  { name: 'numpy releases the GIL', threads: (cores: number) => String(Math.max(2, Math.min(4, cores))), policy: /New GIL/ },
];

for (const { name, threads, policy } of PRESETS) {
  test(`the preset "${name}" runs, states its result, and the lock never had two holders`, async ({ page }) => {
    await openGil(page);
    const preset = { name, policy, threads: threads(await page.evaluate(() => navigator.hardwareConcurrency)) };
    await page.getByRole('button', { name: preset.name }).click();
    await expect(result(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.lesson-note')).toContainText(preset.name);
    await expect(resultValue(page, 'Threads')).toHaveText(preset.threads);
    await expect(resultValue(page, 'Policy')).toHaveText(preset.policy);
    await expect(result(page).getByTestId('holder-violations')).toHaveText('0');
    await expect(resultValue(page, 'Work done')).toHaveText(/darts thrown, π ≈ 3\.1\d+/);
    await expect(resultValue(page, 'One thread, all the work')).toHaveText(/\d/);
    await expect(resultValue(page, 'Free workers (processes)')).toHaveText(/\d/);
    expect(await ratioToOneThread(page)).toBeGreaterThan(0);
    // The settings now show the preset's values.
    await expect(page.getByLabel('Threads', { exact: true })).toHaveValue(preset.threads);
  });
}

/** A whole number at the start of a Result entry, e.g. "1,234 (56 per second)" -> 1234. */
async function leadingCount(page: Page, term: string): Promise<number> {
  return Number(/^([\d,]+)/.exec((await resultValue(page, term).textContent()) ?? '')?.[1].replace(/,/g, ''));
}

test('the new GIL passes the lock on every switch interval, by forced drops', async ({ page }) => {
  await openGil(page, '?threads=3&policy=new&switch=5&work=5e7');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  // 1.5e8 darts take well over 100 ms anywhere: that is 20 switch intervals or more.
  expect(await leadingCount(page, 'Hand-offs')).toBeGreaterThan(10);
  await expect(resultValue(page, 'Hand-offs')).toHaveText(/; ([1-9]\d|\d{3,}|[\d,]{5,}) forced drops/);
});

test('under heavy contention, 16 threads on this machine’s few cores, the lock never has two holders', async ({ page }) => {
  for (const query of ['?threads=16&policy=old&check=1&work=1e5', '?threads=16&policy=new&switch=0.001&work=1e5']) {
    await openGil(page, query);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(result(page)).toBeVisible({ timeout: 60_000 });
    await expect(resultValue(page, 'Threads')).toHaveText('16');
    await expect(result(page).getByTestId('holder-violations')).toHaveText('0');
    const handoffs = (await resultValue(page, 'Hand-offs').textContent()) ?? '';
    // However the threads were scheduled, the lock went to each of them: 15 hand-offs at least.
    expect(await leadingCount(page, 'Hand-offs')).toBeGreaterThanOrEqual(15);
    if (query.includes('old')) {
      // Checking every tick, each of the 16 threads takes the lock once per tick: 391 ticks each.
      const acquisitions = Number(/([\d,]+) acquisitions/.exec(handoffs)?.[1].replace(/,/g, ''));
      expect(acquisitions).toBeGreaterThanOrEqual(16 * 391);
    }
  }
});

test('under a GIL a failed attempt shows on the old GIL; no GIL has none', async ({ page }) => {
  await openGil(page);
  await page.getByRole('button', { name: 'Beazley: two CPU threads, old GIL' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  // The preset releases the lock at Python 2's pace: every 2 ticks.
  await expect(resultValue(page, 'Policy')).toHaveText('Old GIL (check interval), check interval 2 ticks');
  expect(await leadingCount(page, 'Failed attempts')).toBeGreaterThan(0);

  await page.getByLabel('Policy', { exact: true }).selectOption({ label: 'No GIL (free-threaded)' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  await expect(resultValue(page, 'Policy')).toHaveText('No GIL (free-threaded)');
  await expect(resultValue(page, 'Failed attempts')).toHaveText('0');
  await expect(result(page).getByTestId('holder-violations')).toHaveText('0');
  // The baselines were measured again with this run, not reused from the last one.
  await expect(resultValue(page, 'One thread, all the work')).toHaveText(/measured once/);
});

test('every repeat measures the threads, one thread and free workers in turn; the Result gives medians and exports them', async ({ page }) => {
  await openGil(page, '?threads=2&policy=old&check=100&work=1e7&repeats=2');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  await expect(resultValue(page, 'Wall time')).toHaveText(/\(median of 2: .* to .*\)$/);
  const [file] = await Promise.all([page.waitForEvent('download'), result(page).getByRole('button', { name: 'Export JSON' }).click()]);
  const task = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(task).toMatchObject({ schemaVersion: 1, experiment: 'gil', kind: 'gil', status: 'done' });
  expect(task.runs.map((run: { summary: { phase: string } }) => run.summary.phase)).toEqual([
    'threads',
    'oneThread',
    'processes',
    'threads',
    'oneThread',
    'processes',
  ]);
  const { summary } = task;
  expect(summary).toMatchObject({ mode: 'old', workers: 2, workload: 'cpu', gilFreeShare: 0, holderViolations: 0, darts: 2e7, repeats: 2 });
  expect(summary.ratio).toBeCloseTo(summary.wallMs / summary.baselineMs, 10);
  expect(summary.threadsMinMs).toBeLessThanOrEqual(summary.wallMs);
  // The large ratio on the page is the exported one.
  await expect(result(page).getByTestId('ratio-one-thread')).toHaveText(`${summary.ratio.toFixed(2)}×`);
  for (const key of ['wallMs', 'baselineMs', 'processesMs', 'failedAttempts', 'handoffs']) expect(typeof summary[key], key).toBe('number');
});

test('the convoy: the Result gives the I/O thread’s rounds per second beside the CPU threads and as a free worker', async ({ page }) => {
  await openGil(page);
  await page.getByRole('button', { name: 'Convoy: one I/O thread beside CPU threads' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  const text = (await result(page).getByTestId('io-rate').textContent()) ?? '';
  const [, besideCpu, free] = /^(\d+) rounds per second beside the CPU threads, (\d+) as a free worker/.exec(text) ?? [];
  // How far the rate collapses depends on the machine's load: `npm run bench -- --experiment gil` measures it.
  expect(Number(besideCpu)).toBeGreaterThan(0);
  expect(Number(free)).toBeGreaterThan(0);
});

test('Stop terminates every thread, even those asleep waiting for the lock, and the page runs again', async ({ page }) => {
  await openGil(page);
  await fill(page, { Threads: '16', 'Work per thread': '4e8', 'Switch interval': '50' });
  expect(await fieldMessage(page, 'Work per thread')).toMatch(/would take about \d+ s on one thread/);
  await fill(page, { 'Work per thread': '3e8', Threads: '4' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Threads under the chosen policy: Running/ })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.workers().length).toBe(4);
  // Three of the four threads are blocked in Atomics.wait right now.
  await expect(page.getByRole('table', { name: 'Per-thread states' }).getByRole('cell', { name: 'waiting', exact: true })).toHaveCount(3);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Stopped: every thread of the run was terminated.')).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(result(page)).toHaveCount(0);

  await fill(page, { 'Work per thread': '1e6', Threads: '2' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
});

test('bad input is refused beside its field, and nothing runs', async ({ page }) => {
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ Threads: '17' }, 'Threads', /1 to 16/],
    [{ 'Check interval': '0' }, 'Check interval', /from 1/],
    [{ 'Switch interval': 'soon' }, 'Switch interval', /not a number/],
    [{ 'Switch interval': '0,005' }, 'Switch interval', /such as 0\.005, .*a dot for the decimal point/],
    [{ 'GIL-free share': '150' }, 'GIL-free share', /0 to 100/],
    [{ 'Work per thread': '10' }, 'Work per thread', /100,000 to/],
  ];
  for (const [settings, field, message] of cases) {
    await openGil(page);
    await fill(page, settings);
    await page.getByRole('button', { name: 'Run' }).click();
    expect(await fieldMessage(page, field)).toMatch(message);
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
    await page.waitForTimeout(200);
    expect(page.workers()).toHaveLength(0);
    await expect(page.getByRole('status')).toHaveText(/^Ready/);
  }
  await openGil(page);
  await page.getByLabel('Workload', { exact: true }).selectOption({ label: 'Mixed' });
  await fill(page, { Threads: '1' });
  expect(await fieldMessage(page, 'Threads')).toMatch(/Mixed needs 2 or more threads/);
});

test('the timeline zooms in far enough to see single hand-offs', async ({ page }) => {
  await openGil(page, '?threads=2&policy=new&switch=5&work=2e7');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  const timeline = page.getByRole('img', { name: /^State timeline of 2 threads/ });
  const label = async () => (await timeline.getAttribute('aria-label')) ?? '';
  const before = await label();
  await page.getByLabel('Zoom').fill('2');
  await expect.poll(label).not.toBe(before);
  expect(await label()).toMatch(/from 0(\.0+)? ms to [\d.]+ ms/);
  await page.getByLabel('Position').fill('50');
  await expect.poll(label).toMatch(/from [1-9][\d.]* ms to [\d.]+ ms/);
  // At full zoom the window is narrower than one switch interval: a single hand-off fills it.
  await page.getByLabel('Zoom').fill('4');
  await expect(page.getByText(/^10000×, [\d.]+ ms across$/)).toBeVisible();
  await expect.poll(label).toMatch(/from [\d.]+ ms to [\d.]+ ms$/);
  const [, from, to] = /from ([\d.]+) ms to ([\d.]+) ms$/.exec(await label()) ?? [];
  expect(Number(to) - Number(from)).toBeGreaterThan(0);
  expect(Number(to) - Number(from)).toBeLessThan(5);
});

test.describe('without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });

  test('the GIL page explains why it is unavailable instead of failing', async ({ page }) => {
    await page.goto(`${STATIC_HOST_URL}#/gil`);
    await expect(page.getByRole('alert')).toContainText('This page needs cross-origin isolation');
    await expect(page.getByRole('button', { name: 'Run' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Orthanc: 3 concurrent requests' })).toBeDisabled();
    // Enter in a field submits the form: nothing may start, and nothing may break.
    await page.getByLabel('Threads', { exact: true }).press('Enter');
    await page.waitForTimeout(300);
    expect(page.workers()).toHaveLength(0);
    await expect(page.getByRole('status')).toHaveText(/^Ready/);
  });
});

test.describe('threads mode in the labs', () => {
  test('a seeded pi run counts the same darts as threads under a GIL as on free workers', async ({ page }) => {
    await page.goto('about:blank');
    await page.goto('/#/pi?samples=4e6&workers=3&seed=2026');
    const counts: string[] = [];
    for (const [mode, policy] of [
      ['Workers (processes)', null],
      ['Threads (simulated GIL)', 'Old GIL (check interval)'],
      ['Threads (simulated GIL)', 'New GIL (switch interval)'],
    ] as const) {
      await page.getByLabel('Mode', { exact: true }).selectOption({ label: mode });
      if (policy) await page.getByLabel('Policy', { exact: true }).selectOption({ label: policy });
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(result(page)).toBeVisible({ timeout: 60_000 });
      await expect(resultValue(page, 'Mode')).toHaveText(mode);
      counts.push((await resultValue(page, 'Darts inside').textContent()) ?? '');
      if (policy) {
        await expect(result(page).getByTestId('gil-mode-result')).toContainText(policy);
        await expect(result(page).getByTestId('gil-mode-result')).toContainText(/two holders at once: 0$/);
      }
    }
    expect(counts[0]).toMatch(/ of 4,000,000$/);
    expect(new Set(counts).size).toBe(1);
  });

  test('the prime lab finds the same primes as threads, and its timeline names threads', async ({ page }) => {
    await page.goto('about:blank');
    await page.goto('/#/primes?from=1e6&to=1.1e6&workers=2&mode=threads&policy=new');
    await expect(page.getByLabel('Mode', { exact: true })).toHaveValue('threads');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(result(page)).toBeVisible({ timeout: 60_000 });
    await expect(resultValue(page, 'Primes found')).toHaveText('7,216');
    await expect(resultValue(page, 'Mode')).toHaveText('Threads (simulated GIL)');
    await expect(result(page).getByTestId('gil-mode-result')).toContainText(/hand-offs/);
    await expect(page.getByRole('table', { name: 'Per-worker counts' }).getByRole('rowheader')).toHaveText(['thread 1', 'thread 2']);
    await expect(page.getByRole('table', { name: 'Per-worker counts' }).getByRole('columnheader').first()).toHaveText('Thread');
    await expect(page.getByRole('table', { name: 'Per-worker counts' }).locator('caption')).toHaveText('Per thread');
  });
});

test.describe('threads mode without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });

  test('is refused beside Mode with the reason, and workers mode still runs', async ({ page }) => {
    await page.goto(`${STATIC_HOST_URL}#/pi?samples=1e6&mode=threads`);
    await page.getByRole('button', { name: 'Run' }).click();
    expect(await fieldMessage(page, 'Mode')).toMatch(/needs a cross-origin isolated page/);
    await expect(result(page)).toHaveCount(0);
    await page.getByLabel('Mode', { exact: true }).selectOption({ label: 'Workers (processes)' });
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(result(page)).toBeVisible({ timeout: 60_000 });
  });
});
