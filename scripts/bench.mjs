#!/usr/bin/env node
// Benchmarks the built app in headless Chromium, driving its UI as a person would.
//
//   npm run bench -- [--experiment pi|primes] [--workers 1,2,4] [--samples 1e8] [--repeats 5]
//                    [--mode workers|main] [--seed 12345] [--json] [--build] [--memory]
//                    [--from 1e8] [--to 1.01e8] [--chunk-sizes 50,500] [--strategy ...] [--order ...]
//   npm run bench -- --experiment gil [--repeats 3]   # the expected results of GIL.md
//
// Builds dist/ if it is stale, serves a copy with scripts/serve.mjs on a free port, runs each
// case (a worker count; for primes also a chunk size) `repeats` times in a fresh page (Run,
// wait for the Result, Export JSON), and prints medians. `--help` explains the flags; scripts/bench/ holds the parts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openApp, pageEnvironment } from './bench/app.mjs';
import { build, snapshotDist, staleReason } from './bench/build.mjs';
import { experiments } from './bench/experiments/index.mjs';
import { memoryCheck } from './bench/memory.mjs';
import { parseOptions, USAGE, UsageError } from './bench/options.mjs';
import { formatEnvironment, formatMemory, formatTable } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';
import { collectRuns, summarise } from './bench/timings.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.error(`bench: ${message}`);

// Whatever ends the bench (success, error, Ctrl-C) closes the browser and stops the server.
const cleanups = [];
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
  const experiment = experiments[options.experiment];

  const reason = options.build ? '--build was given' : staleReason(ROOT);
  if (reason) {
    log(`building (${reason})`);
    await build(ROOT);
  }
  const snapshot = snapshotDist(ROOT);
  cleanups.push(snapshot.remove);
  const server = await startServer(ROOT, snapshot.dir);
  cleanups.push(server.stop);
  log(`serving a copy of dist/ at ${server.url}`);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await browser.newContext();
  const environment = await describeEnvironment(browser, context, server.url);

  const report = { environment };
  if (options.memory) {
    report.memory = await memoryCheck(context, server.url, experiment, options.seed, log);
  } else {
    const runs = await collectRuns(context, server.url, experiment, options, log);
    if (experiment.summarise) report.runs = experiment.summarise(runs, experiment.cases(options));
    else {
      report.runs = summarise(experiment, runs);
      warnIfResultsDiffer(report.runs);
    }
  }

  if (options.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(formatEnvironment(environment));
    console.log(report.memory ? formatMemory(report.memory) : experiment.formatTable ? experiment.formatTable(report.runs) : formatTable(report.runs, experiment));
  }
  if (report.memory && !report.memory.passed) throw new Error('memory check failed: workers outlived their run or the heap grew too much');
}

async function describeEnvironment(browser, context, url) {
  const { page } = await openApp(context, url);
  try {
    return { browser: `Chromium ${browser.version()}`, ...(await pageEnvironment(page)), date: new Date().toISOString(), url };
  } finally {
    await page.close();
  }
}

/** With a fixed seed every run computes the same darts, whatever the worker count. */
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
