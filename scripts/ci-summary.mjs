#!/usr/bin/env node
// @ts-check
// Sums the Vitest and Playwright JSON reports into one line: `ci: N passed, N failed`.
// Skipped tests are reported on stderr and count as neither. A missing report counts as no
// tests (noted on stderr). Exits 1 if anything failed or nothing ran.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const reportsDir = fileURLToPath(new URL('../reports/', import.meta.url));

/**
 * @param {string} name
 * @returns {any} the report, shaped as its tool writes it, or null
 */
function readReport(name) {
  const file = reportsDir + name;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = /** @type {NodeJS.ErrnoException} */ (error);
    console.error(`ci-summary: no usable reports/${name} (${reason.code ?? reason.message}); counting its tests as 0`);
    return null;
  }
}

/** @param {any} report Vitest's JSON reporter output, or null */
function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  // A test file that fails to load has no failed tests of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (/** @type {any} */ file) => file.status === 'failed' && !(file.assertionResults ?? []).some((/** @type {any} */ t) => t.status === 'failed'),
  ).length;
  if (brokenFiles) console.error(`ci-summary: ${brokenFiles} Vitest file(s) failed outside any test`);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** @param {any} report Playwright's JSON reporter output, or null */
function playwrightCounts(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  const stats = report.stats ?? {};
  // Errors outside tests (web server didn't start, a spec file didn't compile, ...).
  const errors = (report.errors ?? []).length;
  if (errors) console.error(`ci-summary: ${errors} Playwright error(s) outside any test`);
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors,
    skipped: stats.skipped ?? 0,
  };
}

const vitest = vitestCounts(readReport('vitest.json'));
const playwright = playwrightCounts(readReport('playwright.json'));
const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed;

if (vitest.skipped || playwright.skipped) {
  console.error(`ci-summary: skipped ${vitest.skipped} Vitest and ${playwright.skipped} Playwright test(s)`);
}
if (passed + failed === 0) console.error('ci-summary: no tests ran');
console.log(`ci: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed + failed === 0 ? 1 : 0;
