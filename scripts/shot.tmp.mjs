import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from '/work/main/scripts/chromium.mjs';
const [,, hash = '#/primes', action = 'run', out = '/tmp/shot.png'] = process.argv;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('http://localhost:4180/' + hash);
await page.getByRole('button', { name: 'Run' }).waitFor();
const t0 = Date.now();
if (action === 'run') {
  await page.getByRole('button', { name: 'Run', exact: true }).evaluate((b) => b.click());
  await page.getByRole('region', { name: 'Result' }).or(page.getByRole('alert')).first().waitFor({ timeout: 120000 });
} else {
  await page.getByRole('button', { name: action, exact: true }).evaluate((b) => b.click());
  await page.waitForTimeout(500);
  await page.waitForFunction(() => !document.querySelector('button[type=submit]').disabled || false, null, { timeout: 120000 });
  await page.waitForTimeout(300);
}
console.log('took', Date.now() - t0, 'ms');
const text = await page.locator('.outputs').innerText();
console.log(text.slice(0, 3000));
if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: true });
await browser.close();
