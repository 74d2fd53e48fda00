// @ts-check
// The queues lab's IPC cost meter ("Measure the cost of talking"): N integers from the page to a
// worker and back by each of five paths, N = 1,000, 10,000 and 100,000 (the lab's Up to N, kept
// small so the bench stays quick), microseconds per integer and MB/s. The meter times each
// measurement on a fresh worker after an untimed round, the fastest of 3 for short rounds.
/** @import { IpcPoint } from '../../../src/experiments/queues/ipcJob.ts' */
/** @import { IpcMethod } from '../../../src/experiments/queues/ipcParams.ts' */
/** @import { Session } from '../app.mjs' */
import { runTask } from '../app.mjs';
import { median } from '../statistics.mjs';
import { formatTable } from '../table.mjs';
import { mismatches } from './settings.mjs';

/** The meter measures N = 10^3, 10^4, … up to this. */
export const IPC_UP_TO = 100_000;
export const IPC_SIZES = [1_000, 10_000, 100_000];
/** IPC_METHODS and IPC_LABELS in src/experiments/queues/ipcParams.ts. */
export const IPC_PATHS = /** @type {const} */ ({
  messages: 'A message per integer',
  array: 'One array message',
  comlink: 'A Comlink call per integer',
  transfer: 'A transferred ArrayBuffer',
  ring: 'Shared memory ring',
});

/**
 * @typedef {object} IpcRow
 * @property {'queues'} experiment
 * @property {'ipc'} part
 * @property {IpcMethod} method
 * @property {number} n
 * @property {number} ms median over the tasks of each one's time (the fastest of its rounds)
 * @property {number} microsPerInteger
 * @property {number} megabytesPerSecond 8 bytes per integer, counted once
 * @property {boolean} complete every integer came back, in every round of every task
 * @property {number} rounds
 * @property {number} repeats
 */

/**
 * @typedef {object} IpcReport
 * @property {IpcRow[]} rows
 * @property {string[]} refused what the meter would not measure, and why
 */

/**
 * @param {Session} session
 * @param {number} repeats tasks, one page each
 * @param {(message: string) => void} log
 * @returns {Promise<IpcReport>}
 */
export async function measureIpc(session, repeats, log) {
  /** @type {IpcPoint[][]} */
  const tasks = [];
  let refused = '';
  for (let i = 0; i < repeats; i++) {
    const label = `IPC cost meter up to N = ${IPC_UP_TO.toLocaleString('en-US')}`;
    const task = await runTask(session, 'queues', { ipcN: IPC_UP_TO }, { button: 'Measure the cost of talking', region: 'IPC cost meter' }, label);
    const points = /** @type {IpcPoint[]} */ (/** @type {unknown} */ (task.points));
    refused = String(task.summary.refused ?? '');
    const sizes = [...new Set(points.map((p) => p.n))].sort((a, b) => a - b).join(',');
    const ignored = mismatches({ ipcN: [sizes, IPC_SIZES.join(',')] });
    if (ignored.length > 0) throw new Error(`${label}: the lab did not run what its link asks for:\n  ${ignored.join('\n  ')}`);
    tasks.push(points);
  }
  /** @type {IpcRow[]} */
  const rows = [];
  for (const method of /** @type {IpcMethod[]} */ (Object.keys(IPC_PATHS))) {
    for (const n of IPC_SIZES) {
      const points = tasks.flatMap((points) => points.filter((p) => p.method === method && p.n === n));
      if (points.length === 0) continue;
      rows.push({
        experiment: 'queues',
        part: 'ipc',
        method,
        n,
        ms: median(points.map((p) => p.ms)),
        microsPerInteger: median(points.map((p) => p.microsPerInteger)),
        megabytesPerSecond: median(points.map((p) => p.megabytesPerSecond)),
        complete: points.every((p) => p.complete),
        rounds: points[0].rounds,
        repeats: points.length,
      });
    }
  }
  const largest = rows.filter((row) => row.n === IPC_SIZES.at(-1));
  log(`IPC meter at N = ${IPC_SIZES.at(-1)}: ${largest.map((row) => `${row.method} ${row.microsPerInteger.toFixed(3)} µs`).join(', ')}`);
  return { rows, refused: refused.split('; ').filter(Boolean) };
}

/** @param {IpcReport} report */
export function formatIpc({ rows, refused }) {
  /** @type {import('../table.mjs').Column[]} */
  const columns = [
    { title: 'path', align: 'left' },
    { title: 'N' },
    { title: 'ms' },
    { title: 'µs per integer' },
    { title: 'MB/s' },
    { title: 'all back', align: 'left' },
  ];
  const lines = rows.map((row) => [
    IPC_PATHS[row.method],
    row.n.toLocaleString('en-US'),
    row.ms.toFixed(row.ms < 10 ? 2 : 1),
    row.microsPerInteger.toFixed(row.microsPerInteger < 1 ? 3 : 2),
    row.megabytesPerSecond.toPrecision(3),
    row.complete ? 'yes' : 'NO',
  ]);
  return [
    'IPC cost meter: N integers from the page to a worker and back (fresh worker, after an untimed round; short rounds: the fastest of 3):',
    formatTable(columns, lines),
    ...refused.map((reason) => `left out: ${reason}`),
    'MB/s counts 8 bytes per integer, once. A message costs about as much with one integer in it as with many: per integer, a message each stays put as N grows.',
  ].join('\n');
}
