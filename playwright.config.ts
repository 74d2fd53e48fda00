import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

// CHROMIUM_PATH, else Playwright's own browser if installed, else Debian's Chromium.
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No browser registry entry: fall through.
  }
  return '/usr/bin/chromium';
}

const args = ['--disable-gpu', '--disable-quic'];
if (process.getuid?.() === 0) args.push('--no-sandbox');

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
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args },
  },
  webServer: [
    // Sends COOP/COEP, like `vite preview`.
    server(4173, '', 'http://127.0.0.1:4173/'),
    // A static host without those headers, under a sub-path: the service worker must cope.
    server(4174, '--no-isolation --base /playground/', 'http://127.0.0.1:4174/playground/'),
  ],
});
