#!/usr/bin/env node
// @ts-check
// Throughput of the kernels in Node, one thread: pi in JavaScript, WebAssembly and WebAssembly
// SIMD (darts per second), trial division in JavaScript and WebAssembly on the book's range
// [100,000,000, 101,000,000) (numbers per second). Speed is measured here, never asserted in
// tests.
//
//   node scripts/bench/kernels-node.mjs [--repeats 15]
//
// The kernels are bundled by Vite as the app bundles them (Vite's module runner would slow the
// JavaScript kernel by a quarter), with the same plugin compiling the WebAssembly. Each figure is the best of `repeats` interleaved runs (the least
// disturbed by other processes) with the median beside it. "first chunk" is the first timed
// chunk after each kernel's warm-up: close to the best if the warm-up let V8 optimize the
// kernel.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { median } from './statistics.mjs';

const repeatsAt = process.argv.indexOf('--repeats');
const REPEATS = repeatsAt > 0 ? Number(process.argv[repeatsAt + 1]) : 15;
const PI_CHUNK = 4096 * 1024;
const PRIME_RANGE = { from: 100_000_000, to: 101_000_000 };
const PRIME_CHUNK = 50_000;

const ENTRIES = {
  pi: 'src/kernels/pi.ts',
  primes: 'src/kernels/primes.ts',
  modules: 'src/kernels/wasm/modules.ts',
  wasmPi: 'src/kernels/wasm/pi.ts',
  wasmPrimes: 'src/kernels/wasm/primes.ts',
};

const outDir = await mkdtemp(path.join(tmpdir(), 'kernels-node-'));
try {
  await build({
    logLevel: 'warn',
    build: {
      ssr: true,
      ssrEmitAssets: true,
      copyPublicDir: false,
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: ENTRIES, checks: { bundlerTimings: false } },
    },
  });
  const load = (/** @type {string} */ name) => import(path.join(outDir, `${name}.js`));
  const { piChunk } = await load('pi');
  const { checkPrimeChunk } = await load('primes');
  const { wasmUrls } = await load('modules');
  const { instantiatePiKernel } = await load('wasmPi');
  const { instantiatePrimeKernel } = await load('wasmPrimes');
  // A server build writes the modules' URLs as paths from the site's root.
  const compile = async (/** @type {string} */ url) => WebAssembly.compile(await readFile(path.join(outDir, url)));

  const piKernels = {
    js: { piChunk, warmUp: () => piChunk({ seed: 0, firstStream: 0, samples: 2_097_152 }) },
    wasm: await instantiatePiKernel(await compile(wasmUrls.pi)),
    simd: await instantiatePiKernel(await compile(wasmUrls.piSimd)),
  };
  const primeKernels = {
    js: { checkPrimeChunk, warmUp: () => checkPrimeChunk({ numbers: { from: 1e8, to: 1e8 + 4000, step: 1 } }) },
    wasm: await instantiatePrimeKernel(await compile(wasmUrls.primes)),
  };

  /** @type {(kernel: { piChunk(input: { seed: number, firstStream: number, samples: number }): unknown }, round: number) => number} */
  const piRun = (kernel, round) => rate(PI_CHUNK, () => kernel.piChunk({ seed: round, firstStream: 0, samples: PI_CHUNK }));
  /** @type {(kernel: { checkPrimeChunk(input: { numbers: { from: number, to: number, step: 1 } }): unknown }) => number} */
  const primeRun = (kernel) => {
    const { from, to } = PRIME_RANGE;
    return rate(to - from, () => {
      for (let start = from; start < to; start += PRIME_CHUNK) kernel.checkPrimeChunk({ numbers: { from: start, to: start + PRIME_CHUNK, step: 1 } });
    });
  };

  const pi = measure(piKernels, piRun, REPEATS);
  const primes = measure(primeKernels, primeRun, Math.max(3, Math.round(REPEATS / 5)));
  print('pi, M darts/s', pi, 1e6);
  print(`primes in [${PRIME_RANGE.from}, ${PRIME_RANGE.to}), M numbers/s`, primes, 1e6);
} finally {
  await rm(outDir, { recursive: true, force: true });
}

/**
 * Items per second of one call of `work`.
 * @param {number} items
 * @param {() => void} work
 */
function rate(items, work) {
  const start = performance.now();
  work();
  return items / ((performance.now() - start) / 1000);
}

/** @typedef {Record<string, { first: number, rates: number[] }>} Results */

/**
 * Warms each kernel up, times its first chunk, then `repeats` rounds of every kernel in turn.
 * @template {{ warmUp(): unknown }} K
 * @param {Record<string, K>} kernels
 * @param {(kernel: K, round: number) => number} run
 * @param {number} repeats
 * @returns {Results}
 */
function measure(kernels, run, repeats) {
  /** @type {Results} */
  const results = {};
  for (const [name, kernel] of Object.entries(kernels)) {
    kernel.warmUp();
    results[name] = { first: run(kernel, 0), rates: [] };
  }
  for (let round = 1; round <= repeats; round++) {
    for (const [name, kernel] of Object.entries(kernels)) results[name].rates.push(run(kernel, round));
  }
  return results;
}

/**
 * @param {string} title
 * @param {Results} results
 * @param {number} unit
 */
function print(title, results, unit) {
  const best = (/** @type {string} */ name) => Math.max(...results[name].rates);
  console.log(title);
  console.log('  kernel      best   median  first chunk  best vs js');
  for (const name of Object.keys(results)) {
    const cells = [best(name), median(results[name].rates), results[name].first].map((v) => (v / unit).toFixed(v / unit < 10 ? 2 : 0).padStart(8));
    console.log(`  ${name.padEnd(6)} ${cells[0]} ${cells[1]} ${cells[2].padStart(12)}  ${(best(name) / best('js')).toFixed(2).padStart(9)}x`);
  }
}
