// Headless Chromium and the app's page, driven through its UI by accessible names.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM, chromiumArgs, findChromium } from '../chromium.mjs';

/** A run that takes longer than this is treated as hung. */
const RUN_TIMEOUT_MS = 10 * 60_000;

export function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium() ?? DEBIAN_CHROMIUM,
    headless: true,
    args: chromiumArgs(),
    // bench.mjs closes the browser itself on Ctrl-C, after which it also stops the server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** Opens a fresh page at `url`; `errors` collects its console errors and uncaught exceptions. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught exception: ${error.message}`));
  await page.goto(url);
  return { page, errors };
}

/** What the page reports about this browser and machine. */
export function pageEnvironment(page) {
  return page.evaluate(() => ({
    userAgent: navigator.userAgent,
    logicalCores: navigator.hardwareConcurrency,
    crossOriginIsolated: self.crossOriginIsolated,
  }));
}

/**
 * Clicks Run and waits until the Result region appears. Throws if the form rejects the
 * settings, the run fails (an alert), or the page logged errors.
 */
export async function runOnce(page, errors) {
  const result = page.getByRole('region', { name: 'Result' });
  const alert = page.getByRole('alert');
  const invalid = page.locator('[aria-invalid="true"]');
  // In a page that already ran, wait for the last run's result to go before looking for the next.
  const previous = (await result.count()) > 0 ? await result.elementHandle() : null;
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  if (previous) {
    await previous.waitForElementState('hidden', { timeout: RUN_TIMEOUT_MS });
    await previous.dispose();
  }
  await result.or(alert).or(invalid).first().waitFor({ timeout: RUN_TIMEOUT_MS });
  if ((await invalid.count()) > 0) throw new Error(`the page rejected the settings: ${await fieldError(invalid.first())}`);
  if ((await alert.count()) > 0) throw new Error(`the page shows an alert: ${(await alert.first().innerText()).trim()}`);
  if (errors.length > 0) throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`);
}

function fieldError(input) {
  return input.evaluate((element) => {
    const message = document.getElementById(element.getAttribute('aria-describedby') ?? '');
    return `${element.labels?.[0]?.textContent ?? element.id}: ${message?.textContent ?? 'invalid'}`;
  });
}

/** Clicks the Result's Export JSON button and returns the downloaded run record. */
export async function exportRecord(page) {
  const result = page.getByRole('region', { name: 'Result' });
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Export JSON' }).click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}
