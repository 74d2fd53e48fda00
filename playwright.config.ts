import { defineConfig } from '@playwright/test';
import { DEBIAN_CHROMIUM, chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { ISOLATED_PORT, ISOLATED_URL, STATIC_HOST_PORT, STATIC_HOST_URL } from './e2e/servers';

// The tests assume dist/ is built (`npm test` builds before running them).
function server(port: number, flags: string, url: string) {
  return {
    command: `node scripts/serve.mjs --port ${port} ${flags}`.trim(),
    url,
    reuseExistingServer: !process.env.CI,
    // Playwright sets FORCE_COLOR=1 for servers; with CI's NO_COLOR, Node would warn about both.
    env: { FORCE_COLOR: '0' },
    timeout: 20_000,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 2_000 },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: a loaded 2-core machine runs everything several times slower. Only a hang should fail.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: ISOLATED_URL,
    headless: true,
    launchOptions: { executablePath: findChromium() ?? DEBIAN_CHROMIUM, args: chromiumArgs() },
  },
  webServer: [
    // Sends COOP/COEP, like `vite preview`.
    server(ISOLATED_PORT, '', ISOLATED_URL),
    // A static host without those headers, under a sub-path: the service worker must cope.
    server(STATIC_HOST_PORT, '--no-isolation --base /playground/', STATIC_HOST_URL),
  ],
});
