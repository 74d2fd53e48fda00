// @ts-check
// Headless Chromium and the app's pages: a lab opened by its link, Run (or a part's own button),
// the Result's (or the part's) Export JSON.
/** @import { Browser, BrowserContext, Page } from '@playwright/test' */
/** @import { TaskExport } from '../../src/runs/exportFormat.ts' */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM, chromiumArgs, findChromium } from '../chromium.mjs';

/**
 * @typedef {object} Session one browser, the app and the reference page beside it
 * @property {Browser} browser
 * @property {BrowserContext} context
 * @property {string} appUrl
 * @property {string} referenceUrl
 * @property {boolean} trace whether every run is traced (--trace)
 */

/** A run that takes longer than this is treated as hung. */
const RUN_TIMEOUT_MS = 10 * 60_000;

/** @returns {Promise<Browser>} */
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

/**
 * A lab's address: the app's settings live in its hash, e.g. #/primes?workers=2&strategy=static.
 * @param {string} baseUrl
 * @param {string} lab
 * @param {Record<string, string | number>} settings
 */
export function labUrl(baseUrl, lab, settings) {
  const query = new URLSearchParams(Object.entries(settings).map(([key, value]) => [key, String(value)]));
  return `${baseUrl}#/${lab}?${query}`;
}

/**
 * @typedef {object} OpenPage
 * @property {Page} page
 * @property {string[]} errors console errors and uncaught exceptions, as they come
 */

/**
 * A fresh page; `prepare` runs before it loads `url` (to watch it from its first script on).
 * @param {BrowserContext} context
 * @param {string} url
 * @param {(page: Page) => Promise<unknown>} [prepare]
 * @returns {Promise<OpenPage>}
 */
export async function openPage(context, url, prepare) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught exception: ${error.message}`));
  await prepare?.(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * What the page reports about this browser and machine.
 * @param {Page} page
 */
export function pageEnvironment(page) {
  return page.evaluate(() => ({
    userAgent: navigator.userAgent,
    logicalCores: navigator.hardwareConcurrency,
    crossOriginIsolated: self.crossOriginIsolated,
  }));
}

/**
 * Clicks Run and waits until the Result region appears. Throws if the page refused the link's
 * settings (a field marked invalid, with its message), cannot run (an alert), the run failed
 * (an alert), or the page logged errors.
 * @param {Page} page
 * @param {string[]} errors
 */
export async function runOnce(page, errors) {
  const result = page.getByRole('region', { name: 'Result' });
  const alert = page.getByRole('alert');
  const invalid = page.locator('[aria-invalid="true"]');
  // The form shows a refused setting as soon as the link is read; Run would only focus it.
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
  await throwIfRefused(invalid, alert);
  // In a page that already ran, wait for the last run's result to go before looking for the next.
  const previous = (await result.count()) > 0 ? await result.elementHandle() : null;
  // Playwright installs its helper script in the page's world on the first waitForFunction, a
  // task of some 15 ms: done now, it stays out of the run.
  await page.waitForFunction(() => true);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  if (previous) {
    await previous.waitForElementState('hidden', { timeout: RUN_TIMEOUT_MS });
    await previous.dispose();
  }
  // Role locators are re-checked on a schedule, each check walking the whole page on its own
  // thread: in a 0.7 s pi run that was about a tenth of the page's time in the timed region (CPU
  // profile). A CSS query a few times a second costs next to nothing, and the locators are then
  // checked once the run is over.
  await page.waitForFunction((selector) => document.querySelector(selector) !== null, ENDED_SELECTOR, { polling: ENDED_POLL_MS, timeout: RUN_TIMEOUT_MS });
  await result.or(alert).or(invalid).first().waitFor({ timeout: RUN_TIMEOUT_MS });
  await throwIfRefused(invalid, alert);
  if (errors.length > 0) throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`);
}

/** What runOnce's locators look for, as one CSS query: the Result, an alert or a refused field. */
const ENDED_SELECTOR = 'section[aria-label="Result"], [role="alert"], [aria-invalid="true"]';
const ENDED_POLL_MS = 200;

/**
 * Clicks one of a lab's own buttons (a part, a preset) in a fresh page and waits until the panel
 * it fills in says how its task ended ("Done: …", "Stopped …", "Failed: …", as SeriesStatus
 * words it). Throws as runOnce does, and if the task did not end done.
 * @param {Page} page
 * @param {string[]} errors
 * @param {{ button: string, region: string }} action the button's name and its panel's (a region)
 */
export async function runAction(page, errors, { button, region }) {
  const panel = page.getByRole('region', { name: region });
  const alert = page.getByRole('alert');
  const invalid = page.locator('[aria-invalid="true"]');
  const start = page.getByRole('button', { name: button, exact: true });
  await start.waitFor();
  await throwIfRefused(invalid, alert);
  await start.click();
  // An action's own messages show once it was tried: the fields marked invalid then.
  const ended = panel.getByRole('status').filter({ hasText: /^(Done|Stopped|Failed)/ });
  await ended.or(alert).or(invalid).first().waitFor({ timeout: RUN_TIMEOUT_MS });
  await throwIfRefused(invalid, alert);
  const status = (await ended.innerText()).trim();
  if (!status.startsWith('Done')) throw new Error(`${region}: ${status}`);
  if (errors.length > 0) throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`);
}

/**
 * @param {import('@playwright/test').Locator} invalid
 * @param {import('@playwright/test').Locator} alert
 */
async function throwIfRefused(invalid, alert) {
  if ((await invalid.count()) > 0) throw new Error(`the page refused the settings: ${await fieldError(invalid.first())}`);
  if ((await alert.count()) > 0) throw new Error(`the page shows an alert: ${(await alert.first().innerText()).trim()}`);
}

/** @param {import('@playwright/test').Locator} input */
function fieldError(input) {
  return input.evaluate((element) => {
    const message = document.getElementById(element.getAttribute('aria-describedby') ?? '');
    const label = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels?.[0]?.textContent : null;
    return `${label ?? element.id}: ${message?.textContent ?? 'invalid'}`;
  });
}

/**
 * Clicks the Export JSON button of the Result (or of another region: a part's panel) and
 * returns the downloaded task.
 * @param {Page} page
 * @param {string} [region]
 * @returns {Promise<TaskExport>}
 */
export async function exportTask(page, region = 'Result') {
  const result = page.getByRole('region', { name: region });
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Export JSON' }).click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/**
 * One task of a lab in a fresh page: opens its link, presses Run (or a part's own button) and
 * returns the task as exported. Throws, naming `label` and the link, unless it ended done.
 * @param {Session} session
 * @param {string} lab
 * @param {Record<string, string | number>} settings by the lab's link keys
 * @param {{ button: string, region: string } | null} action null: Run, and the Result's export
 * @param {string} label the case, for messages
 * @returns {Promise<TaskExport>}
 */
export async function runTask(session, lab, settings, action, label) {
  const url = labUrl(session.appUrl, lab, settings);
  const { page, errors } = await openPage(session.context, url);
  try {
    await (action ? runAction(page, errors, action) : runOnce(page, errors)).catch((error) => {
      throw new Error(`${label} (${url}): ${error.message}`);
    });
    const task = await exportTask(page, action?.region);
    if (task.status !== 'done') throw new Error(`${label} (${url}): the task ended ${task.status}${task.error ? `: ${task.error}` : ''}`);
    return task;
  } finally {
    await page.close();
  }
}
