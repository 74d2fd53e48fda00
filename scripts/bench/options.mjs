// @ts-check
// Command-line flags of scripts/bench.mjs.
import { experiments } from './experiments/index.mjs';

export const USAGE = `Usage: npm run bench -- [flags]

Opens the built app's labs in headless Chromium by their links (the settings in the URL hash),
presses Run, exports the Result as JSON, and prints median timings per worker count. Each app
run is followed by the same job on a bare reference page (plain module workers, no UI, no
Comlink) served beside it, for the speed-up the app would have if it cost nothing.

  --experiment NAME  ${Object.keys(experiments).join(', ')} (default pi), or memory (same as --memory);
                     gil runs the expected results of GIL.md (items 1, 3, 4, 5, 6) and the GIL
                     hand-off against a bare wait/notify round trip; it ignores --workers and
                     --samples
                     io: 200 requests of 20 ms one after another, 10/50/200 in flight and in
                     batches of 10 and 100, each against N x latency; the book's database
                     example scaled as the lab's preset does, its ratio beside the book's 13.5x;
                     it ignores --workers and --samples
                     queues: each queue kind (a message per number, batches, the shared memory
                     ring) against no queue at each --workers count, the primes found compared;
                     the IPC cost meter (N = 1e3, 1e4, 1e5); early exit's wasted work per check
                     interval (2 workers)
  --workers LIST     worker counts, e.g. 1,2,4 (default 1,2,4; queues: its work queues' counts)
  --kernel LIST      pi: js, wasm, simd; primes: js, wasm (default js): every case once per
                     kernel, each kernel also compared with JavaScript at the same case
  --samples N        pi: darts per run: 1e8, 100000000 or 100,000,000 (default 1e8)
  --from N, --to N   primes: the range [from, to) (default the book's, 1e8 to 1.01e8)
  --chunk-sizes LIST primes: chunk sizes timed at the largest worker count (default: from the
                     smallest the page allows, by factors of ten, to one chunk per worker)
  --strategy NAME    primes: dynamic, static or roundRobin (default dynamic)
  --order NAME       primes: ascending, shuffled or costliest (default ascending)
  --repeats N        timed runs per case, after one un-timed warm-up (default 5; gil: the lab's
                     Repeats, 1 to 9, default 3; io: runs per case, default 3; queues: tasks
                     per part and worker count, default 1)
  --mode MODE        workers or main (default workers); main runs on the page's own thread,
                     ignores --workers, gives a single row and has no reference
  --seed N           random seed, the same for every run (default 12345)
  --trace            record a browser trace of every run: the page's main thread, compositor,
                     raster and GPU process time in the timed region, and a breakdown of one
                     2-worker run's main thread (tracing costs CPU time itself: without it the
                     page's busy time comes from Performance.getMetrics alone)
  --json             print only the JSON document on stdout; progress goes to stderr
  --build            rebuild dist/ even if it looks up to date
  --memory           instead of timings: 50 runs in one page (1e6 samples, 4 workers), checking
                     that no worker outlives its run and that the heap grows by at most 5 MB
  --help             show this text

Speed-up is the median wall time at the smallest worker count W0 divided by the median at W,
per kernel; efficiency is speed-up / (W / W0), i.e. speed-up / W when W0 = 1. The reference's
speed-up is computed the same way from its own runs; "app / reference" is their ratio.
Runs are interleaved (W0, W1, ..., then again; the reference right after each app run) so
that noise on a shared machine spreads evenly.
`;

export class UsageError extends Error {}

/** @typedef {'dynamic' | 'static' | 'roundRobin'} Strategy */
/** @typedef {'ascending' | 'shuffled' | 'costliest'} Order */

/**
 * @typedef {object} Options
 * @property {string} experiment
 * @property {number[]} workers
 * @property {string[]} kernels
 * @property {number} samples
 * @property {number} from
 * @property {number} to
 * @property {number[] | null} chunkSizes
 * @property {Strategy} strategy
 * @property {Order} order
 * @property {number} repeats
 * @property {boolean} repeatsGiven
 * @property {'workers' | 'main'} mode
 * @property {number} seed
 * @property {boolean} trace
 * @property {boolean} json
 * @property {boolean} build
 * @property {boolean} memory
 * @property {boolean} help
 */

/**
 * @param {string[]} argv
 * @returns {Options}
 */
export function parseOptions(argv) {
  /** @type {Options} */
  const options = {
    experiment: 'pi',
    workers: [1, 2, 4],
    kernels: ['js'],
    samples: 100_000_000,
    from: 100_000_000,
    to: 101_000_000,
    chunkSizes: null,
    strategy: 'dynamic',
    order: 'ascending',
    repeats: 5,
    repeatsGiven: false,
    mode: 'workers',
    seed: 12345,
    trace: false,
    json: false,
    build: false,
    memory: false,
    help: false,
  };
  let kernelsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`missing value for ${flag}`);
      return next;
    };
    if (flag === '--experiment') options.experiment = value();
    else if (flag === '--workers') options.workers = parseList(value(), flag);
    else if (flag === '--kernel') [options.kernels, kernelsGiven] = [parseNames(value()), true];
    else if (flag === '--samples') options.samples = parseCount(value(), flag, 1);
    else if (flag === '--from') options.from = parseCount(value(), flag, 0);
    else if (flag === '--to') options.to = parseCount(value(), flag, 1);
    else if (flag === '--chunk-sizes') options.chunkSizes = parseList(value(), flag);
    else if (flag === '--strategy') options.strategy = parseChoice(value(), flag, experiments.primes.strategies);
    else if (flag === '--order') options.order = parseChoice(value(), flag, experiments.primes.orders);
    else if (flag === '--repeats') [options.repeats, options.repeatsGiven] = [parseCount(value(), flag, 1), true];
    else if (flag === '--seed') options.seed = parseCount(value(), flag, 0);
    else if (flag === '--mode') options.mode = parseChoice(value(), flag, /** @type {const} */ (['workers', 'main']));
    else if (flag === '--trace') options.trace = true;
    else if (flag === '--json') options.json = true;
    else if (flag === '--build') options.build = true;
    else if (flag === '--memory') options.memory = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new UsageError(`unknown flag ${argv[i]}`);
  }
  if (options.to <= options.from) throw new UsageError(`--to must be above --from`);
  if (options.experiment === 'memory') Object.assign(options, { experiment: 'pi', memory: true });
  if (options.memory && options.experiment !== 'pi') throw new UsageError('--memory runs the pi lab; leave out --experiment');
  if (!(options.experiment in experiments)) {
    throw new UsageError(`unknown experiment "${options.experiment}" (known: ${Object.keys(experiments).join(', ')}, memory)`);
  }
  if (options.experiment === 'gil' && options.repeats > 9) throw new UsageError("--repeats for gil is the lab's Repeats: 1 to 9");
  const kernels = /** @type {readonly string[]} */ (experiments[/** @type {keyof typeof experiments} */ (options.experiment)].kernels);
  if (kernelsGiven && kernels.length === 0) throw new UsageError(`--kernel is for pi and primes, not ${options.experiment}`);
  if (options.mode === 'main' && ['io', 'queues'].includes(options.experiment)) throw new UsageError(`--mode is for pi and primes, not ${options.experiment}`);
  const unknown = options.kernels.find((kernel) => !kernels.includes(kernel));
  if (kernelsGiven && unknown) throw new UsageError(`--kernel for ${options.experiment} is a list of ${kernels.join(', ')}, got "${unknown}"`);
  if (options.mode === 'main' && options.kernels.some((kernel) => kernel !== 'js')) throw new UsageError('--mode main runs JavaScript only');
  return options;
}

/**
 * "1e8", "100000000", "100,000,000" and "100_000_000" all give 100000000.
 * @param {string} text
 * @param {string} flag
 * @param {number} min
 */
function parseCount(text, flag, min) {
  const value = Number(text.replace(/[,_]/g, ''));
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag} needs a whole number >= ${min}, got "${text}"`);
  return value;
}

/**
 * "1,2,4" -> [1, 2, 4]: distinct, sorted.
 * @param {string} text
 * @param {string} flag
 */
function parseList(text, flag) {
  const counts = text.split(',').map((part) => parseCount(part.trim(), flag, 1));
  return [...new Set(counts)].sort((a, b) => a - b);
}

/**
 * "js,wasm" -> ['js', 'wasm']: distinct, in the order given (the first is each case's first run).
 * @param {string} text
 */
function parseNames(text) {
  return [...new Set(text.split(',').map((part) => part.trim()))];
}

/**
 * @template {string} T
 * @param {string} text
 * @param {string} flag
 * @param {readonly T[]} choices
 * @returns {T}
 */
function parseChoice(text, flag, choices) {
  const choice = choices.find((c) => c === text);
  if (choice === undefined) throw new UsageError(`${flag} is one of ${choices.join(', ')}, got "${text}"`);
  return choice;
}
