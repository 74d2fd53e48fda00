#!/usr/bin/env node
// @ts-check
// Benchmarks the built app in headless Chromium: each lab opened by its link, Run, Export JSON;
// beside each run, the same job on a bare reference page of the same server.
//
//   npm run bench -- [--experiment pi|primes] [--workers 1,2,4] [--kernel js,wasm] [--samples 1e8]
//                    [--repeats 5] [--mode workers|main] [--seed 12345] [--trace] [--json] [--build]
//                    [--memory] [--from 1e8] [--to 1.01e8] [--chunk-sizes 50,500] [--strategy ...] [--order ...]
//   npm run bench -- --experiment gil [--repeats 3]   # the expected results of GIL.md, and the hand-off
//   npm run bench -- --experiment io [--repeats 3]    # waiting: serial, in flight, batches; the book's database example
//   npm run bench -- --experiment queues [--workers 1,2,4] [--repeats 1]   # queue kinds, IPC cost, early exit
//
// Builds dist/ if it is stale, serves a copy with scripts/serve.mjs on a free port with the
// reference page built beside it, runs each case `repeats` times in fresh pages, and prints
// medians. `--help` explains the flags; scripts/bench/ holds the parts.
/** @import { Session } from './bench/app.mjs' */
/** @import { Environment } from './bench/report.mjs' */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, pageEnvironment } from './bench/app.mjs';
import { build, buildReference, snapshotDist, staleReason } from './bench/build.mjs';
import { experiments } from './bench/experiments/index.mjs';
import { memoryCheck } from './bench/memory.mjs';
import { parseOptions, USAGE, UsageError } from './bench/options.mjs';
import { formatBreakdown, formatEnvironment, formatMemory, formatReference, formatTimings, formatTrace } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';
import { breakdownOfOneRun, collectRuns, summarise } from './bench/timings.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (/** @type {string} */ message) => console.error(`bench: ${message}`);

// Whatever ends the bench (success, error, Ctrl-C) closes the browser and stops the server.
/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
/** @type {Promise<void> | null} */
let cleaning = null;
let interrupted = false;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch(() => {});
  })());

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    interrupted = true;
    log(`${signal}: stopping`);
    await cleanUp();
    process.exit(130);
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return void process.stdout.write(USAGE);

  const reason = options.build ? '--build was given' : staleReason(ROOT);
  if (reason) {
    log(`building (${reason})`);
    await build(ROOT);
  }
  const snapshot = snapshotDist(ROOT);
  cleanups.push(snapshot.remove);
  log('building the reference page');
  const referencePath = await buildReference(ROOT, snapshot.dir);
  const server = await startServer(ROOT, snapshot.dir);
  cleanups.push(server.stop);
  log(`serving a copy of dist/ at ${server.url}, the reference page at ${server.url}${referencePath}`);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ acceptDownloads: true });
  /** @type {Session} */
  const session = { browser, context, appUrl: server.url, referenceUrl: `${server.url}${referencePath}`, trace: options.trace };
  const environment = await describeEnvironment(session, browser.version());

  if (options.memory) {
    const memory = await memoryCheck(session, options.seed, log);
    print(options.json, { environment, memory }, () => formatMemory(memory));
    if (!memory.passed) throw new Error('memory check failed: workers outlived their run or the heap grew too much');
    return;
  }
  if (options.experiment === 'gil') return measureAndPrint(experiments.gil, session, options, environment);
  if (options.experiment === 'io') return measureAndPrint(experiments.io, session, options, environment);
  if (options.experiment === 'queues') return measureAndPrint(experiments.queues, session, options, environment);
  const experiment = options.experiment === 'primes' ? experiments.primes : experiments.pi;
  const runs = await collectRuns(session, experiment, experiment.cases(options), options, log);
  const rows = summarise(experiment, runs);
  warnIfResultsDiffer(rows);
  const breakdown = options.trace ? breakdownOfOneRun(runs, 2) : null;
  print(options.json, { environment, runs: rows, ...(breakdown ? { breakdown } : {}) }, () =>
    [formatTimings(rows, experiment), formatReference(rows), formatTrace(rows), breakdown && formatBreakdown(breakdown)].filter(Boolean).join('\n\n'),
  );
}

/**
 * An experiment that is not a speed-up: its rows (`runs` in the JSON) and whatever else it
 * reports, then its tables. Problems it found (e.g. results that differ) fail the bench after
 * printing.
 * @template {{ rows: unknown[], problems?: string[] }} Report
 * @param {import('./bench/experiments/index.mjs').MeasuredExperiment<Report>} experiment
 * @param {Session} session
 * @param {import('./bench/options.mjs').Options} options
 * @param {Environment} environment
 */
async function measureAndPrint(experiment, session, options, environment) {
  const report = await experiment.measure(session, options, log);
  const { rows, ...rest } = report;
  print(options.json, { environment, runs: rows, ...rest }, () => experiment.format(report));
  const problems = report.problems ?? [];
  if (problems.length > 0) throw new Error(`${experiment.id}:\n  ${problems.join('\n  ')}`);
}

/**
 * The JSON document alone, or the environment line and the tables.
 * @param {boolean} json
 * @param {{ environment: Environment } & Record<string, unknown>} report
 * @param {() => string} text
 */
function print(json, report, text) {
  if (json) console.log(JSON.stringify(report, null, 2));
  else console.log(`${formatEnvironment(report.environment)}\n\n${text()}`);
}

/**
 * @param {Session} session
 * @param {string} version
 * @returns {Promise<Environment>}
 */
async function describeEnvironment(session, version) {
  const { page } = await openPage(session.context, session.appUrl);
  try {
    return { browser: `Chromium ${version}`, ...(await pageEnvironment(page)), date: new Date().toISOString(), url: session.appUrl };
  } finally {
    await page.close();
  }
}

/**
 * With a fixed seed every run computes the same darts, whatever the worker count.
 * @param {import('./bench/timings.mjs').Row[]} rows
 */
function warnIfResultsDiffer(rows) {
  const first = JSON.stringify(rows[0].result);
  if (rows.some((row) => !row.resultsAgree || JSON.stringify(row.result) !== first)) {
    log('WARNING: runs with the same seed gave different results; see "result" and "resultsAgree" in --json');
  }
}

main()
  .catch((error) => {
    if (interrupted) return;
    log(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `FAILED: ${error.message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  })
  .finally(cleanUp);
