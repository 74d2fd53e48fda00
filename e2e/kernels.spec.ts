import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fieldMessage, result, resultValue, runAndWait } from './helpers';

// JavaScript, WebAssembly and WebAssembly SIMD kernels: the same darts and primes, measured apart.

async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`/#/${hash}`);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
}

test('every pi kernel counts the same seeded darts on 2 workers, and the Result names its kernel', async ({ page }) => {
  await open(page, 'pi?samples=3e6&workers=2&seed=2026');
  const counts: string[] = [];
  for (const kernel of ['JavaScript', 'WebAssembly', 'WebAssembly SIMD']) {
    await page.getByLabel('Kernel', { exact: true }).selectOption({ label: kernel });
    await runAndWait(page);
    await expect(resultValue(page, 'Kernel')).toHaveText(new RegExp(`^${kernel}`));
    counts.push((await resultValue(page, 'Darts inside').textContent()) ?? '');
  }
  expect(counts[0]).toMatch(/ of 3,000,000$/);
  expect(new Set(counts).size).toBe(1);
  await expect(page).toHaveURL(/kernel=simd/);
});

test('every prime kernel finds the same primes, past 2^32 too, as workers and as threads', async ({ page }) => {
  for (const range of ['from=1e8&to=1.002e8', 'from=4294900000&to=4295000000']) {
    const found: string[] = [];
    for (const [kernel, mode] of [['js', ''], ['wasm', ''], ['wasm', '&mode=threads']]) {
      await open(page, `primes?${range}&workers=2&kernel=${kernel}${mode}`);
      await runAndWait(page);
      found.push((await resultValue(page, 'Primes found').textContent()) ?? '');
    }
    expect(new Set(found).size, range).toBe(1);
  }
});

test('Compare kernels measures each kernel on the same settings and states its ratio to JavaScript', async ({ page }) => {
  await open(page, 'pi?samples=2e7&workers=2&seed=7');
  await page.getByRole('button', { name: 'Compare kernels' }).click();
  const panel = page.getByRole('region', { name: 'Kernel comparison' });
  await expect(panel.getByText(/^Done: the same darts with each of 3 kernels/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.locator('tbody tr th')).toHaveText(['JavaScript', 'WebAssembly', 'WebAssembly SIMD']);
  await expect(panel.locator('tbody tr td:nth-child(4)').first()).toHaveText('1.00×');
  await expect(panel.locator('.recharts-bar-rectangle')).toHaveCount(3);
  // A run with a compared kernel cites the measured ratio.
  await page.getByLabel('Kernel', { exact: true }).selectOption({ label: 'WebAssembly SIMD' });
  await runAndWait(page);
  await expect(resultValue(page, 'Kernel')).toHaveText(/^WebAssembly SIMD: WebAssembly SIMD threw darts \d+\.\d\d× as fast as JavaScript on this machine/);
});

test('a browser without WebAssembly SIMD gets the option disabled, with the reason', async ({ page }) => {
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    // This browser "lacks" SIMD: the app's probe module is the one that uses v128.
    WebAssembly.validate = (bytes) => (new Uint8Array(bytes as ArrayBuffer).includes(0x7b) ? false : validate(bytes));
  });
  await open(page, 'pi?samples=1e6&kernel=simd');
  const simd = page.getByLabel('Kernel', { exact: true }).locator('option', { hasText: 'WebAssembly SIMD' });
  await expect(simd).toBeDisabled();
  await expect(simd).toHaveText('WebAssembly SIMD (not in this browser)');
  expect(await fieldMessage(page, 'Kernel')).toMatch(/this browser cannot run WebAssembly SIMD/);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByLabel('Kernel', { exact: true })).toBeFocused();
  await expect(result(page)).toHaveCount(0);
});
