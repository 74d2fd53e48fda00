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

test('on a static host under a sub-path, the service worker isolates the page with one reload', async ({
  page,
}) => {
  const loads = countDocumentLoads(page);
  await page.goto(STATIC_HOST_URL);
  await expect.poll(() => isolated(page), { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(2_000); // a looping reload would show up here
  expect(loads()).toBeLessThanOrEqual(2);
  expect(await isolated(page)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
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
