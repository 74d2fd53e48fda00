// @ts-check
// Which Chromium the tests and the benchmark drive, and how. Playwright's own browser download
// is not available here: $CHROMIUM_PATH, else Playwright's browser if one is installed, else
// Debian's /usr/bin/chromium (scripts/ensure-chromium.mjs installs it when missing).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser to launch, or null if none is on this machine. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    // Loaded lazily: CI asks for a browser before node_modules may exist.
    const bundled = createRequire(import.meta.url)('playwright-core').chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No playwright-core yet, or no browser registry entry: fall through.
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/** Launch flags: no GPU, no QUIC, and no sandbox when running as root (CI does). */
export function chromiumArgs() {
  const args = ['--disable-gpu', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
