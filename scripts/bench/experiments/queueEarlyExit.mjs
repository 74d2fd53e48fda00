// @ts-check
// The queues lab's early exit ("Compare check intervals"): the divisors of one large composite
// shared out between 2 workers; the one that finds a factor sets a shared flag, the other looks
// at it every 1, 10, 1,000 or 100,000 divisions. Per interval: when the factor was found, when
// every worker had stopped, the divisions done after the factor was found (at most: the lab's
// bound), and what looking at the flag costs; beside the search with no flag.
/** @import { EarlyExitPoint, EarlyExitSettings } from '../../../src/experiments/queues/earlyExitJob.ts' */
/** @import { Session } from '../app.mjs' */
import { runTask } from '../app.mjs';
import { median } from '../statistics.mjs';
import { formatTable } from '../table.mjs';
import { mismatches } from './settings.mjs';

const WORKERS = 2;
/** CHECK_INTERVALS in src/experiments/queues/form.ts: the task compares all four. */
export const CHECK_INTERVALS = [1, 10, 1_000, 100_000];
/** Two of the lab's Numbers to verify (VERIFY_PRESETS in earlyExitParams.ts): a composite found late, and early. */
export const EARLY_EXIT_NUMBERS = [
  { name: 'a product of two large primes', n: 34_000_009 * 264_917_509 },
  { name: 'a number with a small factor', n: 2 ** 53 - 1 },
];

/** An exported point: EarlyExitPoint without its per-worker rows. */
/** @typedef {Omit<EarlyExitPoint, 'workers'>} ExportedPoint */

/**
 * @typedef {object} EarlyExitRow
 * @property {'queues'} experiment
 * @property {'earlyExit'} part
 * @property {string} number which of the lab's numbers
 * @property {number} n
 * @property {number} workers
 * @property {number} checkEvery divisions between looks at the flag
 * @property {number | null} factor
 * @property {number | null} answerMs the factor found, ms after the start (median)
 * @property {number} wallMs every worker stopped (median)
 * @property {number} divisions trial divisions in all
 * @property {number} wastedDivisions divisions after the factor was found, at most
 * @property {number | null} checkCost looking at a flag nobody sets: (time looking / not) − 1
 * @property {number} noFlagWallMs the search with no flag: every share searched to its end
 * @property {number} noFlagDivisions
 * @property {number} repeats
 */

/**
 * @param {Session} session
 * @param {number} repeats tasks per number, one page each
 * @param {(message: string) => void} log
 * @returns {Promise<EarlyExitRow[]>}
 */
export async function measureEarlyExit(session, repeats, log) {
  /** @type {EarlyExitRow[]} */
  const rows = [];
  for (const { name, n } of EARLY_EXIT_NUMBERS) {
    const label = `early exit, ${name} (${n})`;
    /** @type {ExportedPoint[]} */
    const points = [];
    for (let i = 0; i < repeats; i++) {
      const task = await runTask(session, 'queues', { verify: n, workers: WORKERS }, { button: 'Compare check intervals', region: 'Early exit' }, label);
      const ignored = [
        ...task.runs.flatMap((run) => {
          const s = /** @type {EarlyExitSettings} */ (run.settings);
          return mismatches({ verify: [s.n, n], workers: [s.workers, WORKERS] });
        }),
        ...mismatches({
          intervals: [
            task.points
              .filter((p) => p.variant === 'search')
              .map((p) => p.checkEvery)
              .join(','),
            CHECK_INTERVALS.join(','),
          ],
        }),
      ];
      if (ignored.length > 0) throw new Error(`${label}: the lab did not run what its link asks for:\n  ${[...new Set(ignored)].join('\n  ')}`);
      points.push(.../** @type {ExportedPoint[]} */ (/** @type {unknown} */ (task.points)));
    }
    const baseline = points.filter((p) => p.variant === 'baseline');
    for (const checkEvery of CHECK_INTERVALS) {
      const searches = points.filter((p) => p.variant === 'search' && p.checkEvery === checkEvery);
      const costs = points.filter((p) => p.variant === 'checkCost' && p.checkEvery === checkEvery && p.checkCost !== null);
      const answers = searches.flatMap((p) => (p.answerMs === null ? [] : [p.answerMs]));
      rows.push({
        experiment: 'queues',
        part: 'earlyExit',
        number: name,
        n,
        workers: WORKERS,
        checkEvery,
        factor: searches[0].factor,
        answerMs: answers.length > 0 ? median(answers) : null,
        wallMs: median(searches.map((p) => p.wallMs)),
        divisions: median(searches.map((p) => p.divisions)),
        wastedDivisions: median(searches.map((p) => p.wastedDivisions)),
        checkCost: costs.length > 0 ? median(costs.map((p) => /** @type {number} */ (p.checkCost))) : null,
        noFlagWallMs: median(baseline.map((p) => p.wallMs)),
        noFlagDivisions: median(baseline.map((p) => p.divisions)),
        repeats,
      });
    }
    const mine = rows.slice(-CHECK_INTERVALS.length);
    log(`early exit, ${name}: wasted divisions ${mine.map((row) => `${row.wastedDivisions} (every ${row.checkEvery})`).join(', ')}`);
  }
  return rows;
}

/** @param {EarlyExitRow[]} rows */
export function formatEarlyExit(rows) {
  /** @type {import('../table.mjs').Column[]} */
  const columns = [
    { title: 'number', align: 'left' },
    { title: 'factor' },
    { title: 'check every' },
    { title: 'found at ms' },
    { title: 'all stopped ms' },
    { title: 'divisions' },
    { title: 'wasted ≤' },
    { title: 'check cost' },
    { title: 'no flag ms' },
    { title: 'no flag divisions' },
  ];
  const count = (/** @type {number} */ value) => value.toLocaleString('en-US');
  const lines = rows.map((row) => [
    row.number,
    row.factor === null ? 'none' : count(row.factor),
    count(row.checkEvery),
    row.answerMs === null ? '–' : row.answerMs.toFixed(1),
    row.wallMs.toFixed(1),
    count(row.divisions),
    count(row.wastedDivisions),
    row.checkCost === null ? '–' : `${(row.checkCost * 100).toFixed(1)} %`,
    row.noFlagWallMs.toFixed(1),
    count(row.noFlagDivisions),
  ]);
  return [
    `Early exit: the divisors up to √n shared out between ${rows[0]?.workers ?? WORKERS} workers; the finder sets a shared flag, the other looks at it every so many divisions:`,
    formatTable(columns, lines),
    "wasted ≤ = trial divisions done after the factor was found, at most (the lab's bound: the time from the finding to each worker stopping at its own rate, and the check interval); " +
      'check cost = the same share searched in blocks looking at a flag nobody sets against not looking (median block). The book: checking too often costs, too rarely wastes work.',
  ].join('\n');
}
