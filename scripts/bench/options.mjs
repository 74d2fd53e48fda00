// Command-line flags of scripts/bench.mjs.
import { experiments } from './experiments/index.mjs';

export const USAGE = `Usage: npm run bench -- [flags]

Drives the built app in headless Chromium through its UI, as a person would, and prints
median timings per worker count.

  --experiment NAME  ${Object.keys(experiments).join(', ')} (default pi), or memory (same as --memory);
                     gil runs the expected results of GIL.md (items 1, 3, 4, 5, 6) and ignores
                     --workers and --samples
  --workers LIST     worker counts, e.g. 1,2,4 (default 1,2,4)
  --samples N        pi: darts per run: 1e8, 100000000 or 100,000,000 (default 1e8)
  --from N, --to N   primes: the range [from, to) (default the book's, 1e8 to 1.01e8)
  --chunk-sizes LIST primes: chunk sizes timed at the largest worker count (default: from the
                     smallest the page allows, by factors of ten, to one chunk per worker)
  --strategy NAME    primes: dynamic, static or roundRobin (default dynamic)
  --order NAME       primes: ascending, shuffled or costliest (default ascending)
  --repeats N        timed runs per worker count, after one un-timed warm-up (default 5)
  --mode MODE        workers or main (default workers); main runs on the page's own thread,
                     ignores --workers and gives a single row
  --seed N           random seed, the same for every run (default 12345)
  --json             print only the JSON document on stdout; progress goes to stderr
  --build            rebuild dist/ even if it looks up to date
  --memory           instead of timings: 50 runs in one page (1e6 samples, 4 workers), checking
                     that no worker outlives its run and that the heap grows by at most 5 MB
  --help             show this text

Speed-up is the median wall time at the smallest worker count W0 divided by the median at W;
efficiency is speed-up / (W / W0), i.e. speed-up / W when W0 = 1.
Runs are interleaved (W0, W1, ..., then again) so that noise on a shared machine spreads evenly.
`;

export class UsageError extends Error {}

export function parseOptions(argv) {
  const options = {
    experiment: 'pi',
    workers: [1, 2, 4],
    samples: 100_000_000,
    from: 100_000_000,
    to: 101_000_000,
    chunkSizes: null,
    strategy: 'dynamic',
    order: 'ascending',
    repeats: 5,
    mode: 'workers',
    seed: 12345,
    json: false,
    build: false,
    memory: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`missing value for ${flag}`);
      return next;
    };
    if (flag === '--experiment') options.experiment = value();
    else if (flag === '--workers') options.workers = parseWorkerList(value());
    else if (flag === '--samples') options.samples = parseCount(value(), flag, 1);
    else if (flag === '--from') options.from = parseCount(value(), flag, 0);
    else if (flag === '--to') options.to = parseCount(value(), flag, 1);
    else if (flag === '--chunk-sizes') options.chunkSizes = parseList(value(), flag);
    else if (flag === '--strategy') options.strategy = parseChoice(value(), flag, experiments.primes.strategies);
    else if (flag === '--order') options.order = parseChoice(value(), flag, experiments.primes.orders);
    else if (flag === '--repeats') options.repeats = parseCount(value(), flag, 1);
    else if (flag === '--seed') options.seed = parseCount(value(), flag, 0);
    else if (flag === '--mode') options.mode = parseMode(value());
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
  return options;
}

/** "1e8", "100000000", "100,000,000" and "100_000_000" all give 100000000. */
function parseCount(text, flag, min) {
  const value = Number(text.replace(/[,_]/g, ''));
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag} needs a whole number >= ${min}, got "${text}"`);
  return value;
}

function parseWorkerList(text) {
  return parseList(text, '--workers');
}

/** "1,2,4" -> [1, 2, 4]: distinct, sorted. */
function parseList(text, flag) {
  const counts = text.split(',').map((part) => parseCount(part.trim(), flag, 1));
  return [...new Set(counts)].sort((a, b) => a - b);
}

function parseChoice(text, flag, choices) {
  if (!choices.includes(text)) throw new UsageError(`${flag} is one of ${choices.join(', ')}, got "${text}"`);
  return text;
}

function parseMode(text) {
  if (text !== 'workers' && text !== 'main') throw new UsageError(`--mode is workers or main, got "${text}"`);
  return text;
}
