import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ISOLATED_URL, STATIC_HOST_URL, expect, test } from './fixtures';

// Documents loaded into the main frame so far: the first load, plus any reloads. (Counted by
// request: `framenavigated` also fires for the app's own history.replaceState calls.)
function countDocumentLoads(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) count++;
  });
  return () => count;
}

// During the service worker's reload the evaluation can be cut off: report that as "not yet".
const isolated = (page: Page) => page.evaluate(() => self.crossOriginIsolated).catch(() => false);

test('the app is cross-origin isolated when the server sends COOP/COEP', async ({ page }) => {
  await page.goto(ISOLATED_URL);
  expect(await isolated(page)).toBe(true);
});

test('on a static host under a sub-path, the service worker isolates the page with one reload', async ({ page }) => {
  const loads = countDocumentLoads(page);
  await page.goto(STATIC_HOST_URL);
  await expect.poll(() => isolated(page), { timeout: 60_000 }).toBe(true);
  await page.waitForTimeout(2_000); // a looping reload would show up here
  expect(loads()).toBeLessThanOrEqual(2);
  expect(await isolated(page)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
});

test("the service worker covers the app's folder only, and leaves other pages of the origin alone", async ({ page, pageGuard }) => {
  await page.goto(STATIC_HOST_URL);
  await expect.poll(() => isolated(page), { timeout: 60_000 }).toBe(true);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(STATIC_HOST_URL);

  // The server sends no COOP, so a response with it came through the service worker.
  pageGuard.allowError(/404/);
  const coop = (path: string) => page.evaluate(async (path) => (await fetch(path)).headers.get('Cross-Origin-Opener-Policy'), path);
  expect(await coop('./index.html')).toBe('same-origin');
  expect(await coop('/other-app/')).toBeNull();
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page gives up on isolation without reloading', async ({ page }) => {
    const loads = countDocumentLoads(page);
    await page.goto(STATIC_HOST_URL);
    await page.waitForTimeout(6_000); // past the 4 s registration timeout
    expect(loads()).toBe(1);
    expect(await isolated(page)).toBe(false);
  });
});

test('the built index.html has a Content-Security-Policy without unsafe-eval', async ({ page }) => {
  await page.goto(ISOLATED_URL);
  const policy = await page.evaluate(async () => {
    const html = await (await fetch('./index.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content');
  });
  expect(policy).toBeTruthy();
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
});

test('the server sends the page policy with frame-ancestors; only worker scripts may compile WebAssembly', async ({ page, pageGuard }) => {
  const response = await page.goto(ISOLATED_URL);
  const pagePolicy = response?.headers()['content-security-policy'];
  expect(pagePolicy).toContain("frame-ancestors 'self'");
  expect(pagePolicy).not.toContain('eval');
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');

  const workerScript = readdirSync(new URL('../dist/assets/', import.meta.url)).find((name) => name.startsWith('compute.worker'));
  expect(workerScript).toBeTruthy();
  const workerResponse = await page.request.get(`${ISOLATED_URL}assets/${workerScript}`);
  expect(workerResponse.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");

  // The smallest valid module: the magic number and version 1.
  const compile = () =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => 'compiled',
      (error: Error) => error.name,
    );
  pageGuard.allowError(/WebAssembly|wasm-unsafe-eval/);
  expect(await page.evaluate(compile)).toBe('CompileError');
  const [worker] = await Promise.all([
    page.waitForEvent('worker'),
    page.evaluate((url) => void new Worker(url, { type: 'module' }), `./assets/${workerScript}`),
  ]);
  expect(await worker.evaluate(compile)).toBe('compiled');
});

for (const url of [ISOLATED_URL, STATIC_HOST_URL]) {
  test(`${url} loads without console errors and stays on its origin`, async ({ page, pageGuard }) => {
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(2_000);
    expect(pageGuard.errors).toEqual([]);
    const origin = new URL(url).origin;
    expect(pageGuard.requests.length).toBeGreaterThan(0);
    expect(pageGuard.requests.filter((request) => new URL(request).origin !== origin)).toEqual([]);
  });
}
