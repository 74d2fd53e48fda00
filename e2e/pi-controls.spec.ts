import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fieldMessage, fill, openLab, result, resultValue, runAndWait } from './helpers';

// Some tests here hold back or break the app's own files with page.route, which cannot see the
// requests a service worker answers from its cache: these pages run without the app's worker
// (the server's headers isolate them; e2e/workshop.spec.ts tests the worker's cache).
test.use({ serviceWorkers: 'block' });

// The pi lab's controls: bad input, Stop, sweeps, links, the keyboard, a failing worker.

/** The pi lab, from a fresh page load, with the settings of `query` (e.g. "?samples=1e6"). */
const openPi = (page: Page, query = '') => openLab(page, `pi${query}`);

test('Stop ends a long run at once, terminates its workers, and a new run works', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '1e10', Workers: '4', Chunks: '4000' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(4);
  await page.getByRole('progressbar', { name: 'Progress' }).evaluate(
    (bar: HTMLProgressElement) =>
      new Promise<void>((resolve) => {
        const check = () => (bar.value > 0 ? resolve() : setTimeout(check, 50));
        check();
      }),
  );
  await page.getByRole('button', { name: 'Stop' }).click();

  await expect(page.getByText('Stopped: every worker of the run was terminated.')).toBeVisible();
  await expect(result(page).getByRole('heading')).toHaveText('Result (stopped early)');
  await expect.poll(() => page.workers().length).toBe(0);
  const done = await resultValue(page, 'Darts inside').textContent();
  await page.waitForTimeout(1_000);
  expect(await resultValue(page, 'Darts inside').textContent()).toBe(done);

  await fill(page, { Samples: '1,000,000', Chunks: '' });
  await runAndWait(page);
  await expect(resultValue(page, 'Darts inside')).toHaveText(/ of 1,000,000$/);
  await expect(result(page).getByRole('heading')).toHaveText('Result');
});

test('each kind of bad input shows its message beside the field and starts nothing', async ({ page }) => {
  const expectNothingStarted = async () => {
    await page.waitForTimeout(300);
    await expect(page.getByText('Ready. Set the samples and workers, then press Run.')).toBeVisible();
    await expect(result(page)).toHaveCount(0);
    expect(page.workers()).toHaveLength(0);
  };
  const runCases: [Record<string, string>, string, RegExp][] = [
    [{ Samples: 'lots' }, 'Samples', /not a number/],
    [{ Samples: '999' }, 'Samples', /from 1,000 to 10,000,000,000/],
    [{ Samples: '1e11' }, 'Samples', /from 1,000 to 10,000,000,000/],
    [{ Samples: '1234.5' }, 'Samples', /whole number/],
    [{ Samples: '1,5e8' }, 'Samples', /not a number\. Write a whole number such as 100000000, 100,000,000 or 1e8 \(commas only between groups of three digits/],
    [{ Workers: '0' }, 'Workers', /from 1 to 64/],
    [{ Workers: '65' }, 'Workers', /from 1 to 64/],
    [{ Samples: '10000', Chunks: '5' }, 'Chunks', /Enter 1 to 3: a chunk holds whole blocks/],
    [{ Chunks: '0' }, 'Chunks', /from 1 to 10,000/],
    [{ Seed: '-1' }, 'Seed', /from 0 to 4,294,967,295/],
    [{ Seed: 'abc' }, 'Seed', /not a number/],
  ];
  for (const [settings, field, message] of runCases) {
    await openPi(page);
    await fill(page, settings);
    expect(await fieldMessage(page, field), field).toMatch(message);
    await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Run' }).click();
    // The first bad field gets the focus, so keyboard users land on the problem.
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
    // A sweep sets the worker count itself; every other field it needs as a run does.
    if (field !== 'Workers') await page.getByRole('button', { name: 'Sweep workers' }).click();
    await expectNothingStarted();
  }

  for (const [list, message] of [
    ['1, 0', /from 1 to 64/],
    ['2, 4', /Include 1/],
    ['', /at least one worker count/],
  ] as const) {
    await openPi(page);
    await fill(page, { 'Worker counts to sweep': list });
    expect(await fieldMessage(page, 'Worker counts to sweep')).toMatch(message);
    await page.getByRole('button', { name: 'Sweep workers' }).click();
    await expect(page.getByLabel('Worker counts to sweep', { exact: true })).toBeFocused();
    await expectNothingStarted();
  }

  await openPi(page);
  await page.getByLabel('Mode').selectOption('Main thread (blocks the page)');
  await fill(page, { Samples: '1e9' });
  expect(await fieldMessage(page, 'Samples')).toMatch(/capped at 200,000,000/);
  await page.getByRole('button', { name: 'Run' }).click();
  await expectNothingStarted();
});

test('a keyboard user moves to Stop while a run goes, and back to Run after, without a jump', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '3e8', Workers: '2' });
  await page.getByLabel('Samples', { exact: true }).press('Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  const scrollBefore = await page.evaluate(() => scrollY);
  await expect(result(page)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Run' })).toBeFocused({ timeout: 60_000 });
  expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
});

test('Stop works on the main thread too, between two chunks', async ({ page }) => {
  await openPi(page);
  await page.getByLabel('Mode').selectOption('Main thread (blocks the page)');
  await fill(page, { Samples: '2e8', Chunks: '400' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Running: [1-9]/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Stopped\.$/ })).toBeVisible({ timeout: 60_000 });
  await expect(result(page).getByRole('heading')).toHaveText('Result (stopped early)');
});

test('Stop while the workers are still starting terminates them and measures nothing', async ({ page }) => {
  await openPi(page);
  // Hold the worker script back so the run is caught during spawn, every time.
  await page.route(/compute\.worker.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue().catch(() => {});
  });
  await fill(page, { Samples: '1e7', Workers: '4' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByText('Starting 4 workers…')).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Stopped: every worker of the run was terminated.')).toBeVisible();
  await expect(result(page)).toContainText('Stopped while the workers were starting: nothing was measured.');
  await page.waitForTimeout(2_000);
  expect(page.workers()).toHaveLength(0);

  await page.unroute(/compute\.worker.*\.js$/);
  await runAndWait(page);
  await expect(resultValue(page, 'Darts inside')).toHaveText(/ of 10,000,000$/);
});

test('the menu link to the open experiment neither stops its run nor resets its settings', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '3e9', Workers: '2', Seed: '99' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Experiments' }).getByRole('link', { name: 'Monte Carlo pi' }).click();
  await page.waitForTimeout(500);
  await expect(page.getByRole('status').filter({ hasText: /Running/ })).toBeVisible();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('99');
  expect(new URL(page.url()).hash).toContain('seed=99');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(result(page)).toBeVisible();
});

test('a sweep runs on workers whatever the run settings say about mode and workers', async ({ page }) => {
  await openPi(page);
  await page.getByLabel('Mode').selectOption('Main thread (blocks the page)');
  await fill(page, { Samples: '3e8', 'Worker counts to sweep': '1, 2' });
  expect(await fieldMessage(page, 'Samples')).toMatch(/capped at 200,000,000/);
  await page.getByRole('button', { name: 'Sweep workers' }).click();
  const sweep = page.getByRole('region', { name: 'Worker sweep' });
  await expect(sweep.getByText(/^Done: 2 worker counts, the same 300M samples/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
});

test('Stop ends a sweep between or during its points', async ({ page }) => {
  await openPi(page);
  await fill(page, { Samples: '1e9', 'Worker counts to sweep': '1, 2, 3, 4' });
  await page.getByRole('button', { name: 'Sweep workers' }).click();
  const sweep = page.getByRole('region', { name: 'Worker sweep' });
  await expect(sweep.getByText(/Measuring 1 worker \(1 of 4\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(sweep.getByText(/^Stopped after \d of 4 worker counts\.$/)).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(page.getByRole('button', { name: 'Sweep workers' })).toBeEnabled();
});

test('a worker that fails shows its error, and the next run works', async ({ page, pageGuard }) => {
  pageGuard.allowError(/compute\.worker|Worker|boom/i);
  await openPi(page);
  await page.route(/compute\.worker.*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("boom");' }));
  await fill(page, { Samples: '1e6', Workers: '2' });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('alert')).toContainText(/The run failed: Worker \d failed/);
  await expect.poll(() => page.workers().length).toBe(0);

  await page.unroute(/compute\.worker.*\.js$/);
  await runAndWait(page);
  await expect(resultValue(page, 'Darts inside')).toHaveText(/ of 1,000,000$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('settings live in the link: opening it restores them, editing updates it', async ({ page }) => {
  await openPi(page, '?samples=2e6&workers=3&chunks=12&seed=7&sameSeed=1');
  await expect(page.getByLabel('Samples', { exact: true })).toHaveValue('2e6');
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Chunks', { exact: true })).toHaveValue('12');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('7');
  await expect(page.getByLabel('Same seed in every worker')).toBeChecked();
  await fill(page, { Workers: '5' });
  await expect.poll(() => new URL(page.url()).hash).toContain('workers=5');
});
