// @ts-check
// Prime search (#/primes): trial division of a range across workers.
/** @import { PrimeRunSettings } from '../../../src/experiments/primes/job.ts' */
/** @import { Strategy } from '../../../src/pool/types.ts' */
/** @import { Options } from '../options.mjs' */
/** @import { SpeedupExperiment } from './index.mjs' */
import { kernelOf, mismatches, plural } from './settings.mjs';

/** The page refuses more chunks than this: MAX_CHUNKS in src/experiments/primes/params.ts. */
const PAGE_MAX_CHUNKS = 20_000;

/** @type {SpeedupExperiment & { strategies: readonly Options['strategy'][], orders: readonly Options['order'][] }} */
export const primes = {
  id: 'primes',
  kernels: ['js', 'wasm'],
  strategies: ['dynamic', 'static', 'roundRobin'],
  orders: ['ascending', 'shuffled', 'costliest'],

  /**
   * One case per worker count with Pool.map's chunk size, then a chunk-size sweep at the largest
   * worker count, each once per kernel: every case checks the same range, so all of a kernel's
   * cases share its one-worker baseline.
   */
  cases({ workers, from, to, chunkSizes, strategy, order, kernels }) {
    const top = workers.at(-1) ?? 1;
    const sizes = chunkSizes ?? benchChunkSizes(to - from, top);
    /** @type {{ key: string, workers: number, chunk: number | null }[]} */
    const shapes = [
      ...workers.map((w) => ({ key: `${plural(w, 'worker')}, default chunk size`, workers: w, chunk: null })),
      ...sizes.map((size) => ({ key: `${plural(top, 'worker')}, chunk size ${size}`, workers: top, chunk: size })),
    ];
    return shapes.flatMap(({ key, workers: w, chunk }) =>
      kernels.map((kernel) => ({
        key,
        label: `${key}, ${kernel}`,
        kernel,
        link: { from, to, workers: w, ...(chunk === null ? {} : { chunk }), strategy, order, skipEven: 0, mode: 'workers', kernel },
        reference: true,
      })),
    );
  },

  notApplied(run, wanted) {
    const settings = /** @type {PrimeRunSettings} */ (run.settings);
    const { link } = wanted;
    return mismatches({
      from: [settings.from, link.from],
      to: [settings.to, link.to],
      workers: [run.workers, link.workers],
      ...(link.chunk === undefined ? {} : { chunk: [settings.chunkSize, link.chunk] }),
      strategy: [settings.strategy, link.strategy],
      order: [settings.order, link.order],
      skipEven: [settings.skipEven, false],
      mode: [settings.mode, link.mode],
      kernel: [kernelOf(settings), wanted.kernel],
    });
  },

  caseFields(run) {
    const settings = /** @type {PrimeRunSettings} */ (run.settings);
    return {
      chunkSize: settings.chunkSize,
      chunkSizeIsDefault: settings.chunkSizeIsDefault,
      strategy: run.strategy,
      order: settings.order,
      chunks: run.chunkCount,
    };
  },

  result(run) {
    return { checked: Number(run.summary.checked), primes: Number(run.summary.primes) };
  },

  formatResult({ primes: found, checked }) {
    return `${found.toLocaleString('en-US')} primes in ${checked.toLocaleString('en-US')} numbers`;
  },

  referenceSpec(run) {
    return {
      experiment: 'primes',
      settings: /** @type {PrimeRunSettings} */ (run.settings),
      workers: run.workers,
      strategy: /** @type {Strategy} */ (run.strategy),
    };
  },
};

/**
 * Chunk sizes from the smallest the page allows, by factors of ten, to one chunk per worker:
 * for the book's million numbers on 4 workers, 50, 500, 5,000, 50,000 and 250,000.
 * @param {number} numbers
 * @param {number} workers
 */
function benchChunkSizes(numbers, workers) {
  const perWorker = Math.ceil(numbers / workers);
  const sizes = [];
  for (let size = Math.ceil(numbers / PAGE_MAX_CHUNKS); size < perWorker; size *= 10) sizes.push(size);
  sizes.push(perWorker);
  return sizes;
}
