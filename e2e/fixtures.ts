// Shared Playwright fixtures. Import `test` and `expect` from here, not from @playwright/test:
// every test then fails on console errors, uncaught page errors, or requests to any origin
// other than our two local servers (see playwright.config.ts).
import { test as base, expect } from '@playwright/test';

import { ISOLATED_URL, STATIC_HOST_URL } from './servers';

export { ISOLATED_URL, STATIC_HOST_URL };

const SERVER_ORIGINS = [ISOLATED_URL, STATIC_HOST_URL].map((url) => new URL(url).origin);

export interface PageGuard {
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** URLs of every request the page (or its workers) made, except data: and blob: URLs. */
  readonly requests: string[];
  /** Don't fail the test on console errors matching this pattern (for deliberate failures). */
  allowError(pattern: RegExp): void;
}

export const test = base.extend<{ pageGuard: PageGuard }>({
  pageGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const requests: string[] = [];
      const allowed: RegExp[] = [];

      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
      });

      await use({ errors, requests, allowError: (pattern) => allowed.push(pattern) });

      const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
      expect.soft(unexpected, 'console errors or uncaught exceptions').toEqual([]);
      const offOrigin = requests.filter((url) => !SERVER_ORIGINS.includes(new URL(url).origin));
      expect.soft(offOrigin, 'requests that left the test servers').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
