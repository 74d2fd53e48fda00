// @ts-check
// Queues and shared memory (#/queues), three of its parts, each a task of the lab opened by its
// link: the work queues (Run: no queue, then one message per number, batches and the shared
// memory ring) at each worker count, each wall time beside no queue's, and the primes found,
// which must be the same every way; the IPC cost meter (queueIpc.mjs); early exit's wasted work
// per check interval (queueEarlyExit.mjs).
/** @import { WayPoint } from '../../../src/experiments/queues/queueTasks.ts' */
/** @import { Session } from '../app.mjs' */
/** @import { Options } from '../options.mjs' */
/** @import { EarlyExitRow } from './queueEarlyExit.mjs' */
/** @import { IpcRow } from './queueIpc.mjs' */
import { runTask } from '../app.mjs';
import { median } from '../statistics.mjs';
import { formatTable } from '../table.mjs';
import { formatEarlyExit, measureEarlyExit } from './queueEarlyExit.mjs';
import { formatIpc, measureIpc } from './queueIpc.mjs';
import { mismatches, plural } from './settings.mjs';

/** The lab's defaults: 100,000 numbers from 10^8, batches of 1,000. */
const NUMBERS = 100_000;
const BATCH_SIZE = 1_000;
const DEFAULT_REPEATS = 1;
/** The ways of a Run with Queue = every way, in the order measured (params.ts). */
const WAYS = /** @type {const} */ (['none', 'message', 'batch', 'ring']);
/** WAY_LABELS in params.ts. */
const WAY_NAMES = { none: 'No queue (1 worker)', message: 'One message per number', batch: `Batches of ${BATCH_SIZE}`, ring: 'Shared memory ring' };

/**
 * @typedef {object} QueueRow
 * @property {'queues'} experiment
 * @property {'workQueues'} part
 * @property {WayPoint['way']} way
 * @property {number} taskWorkers the task's Workers (no queue runs on one)
 * @property {number} workers the workers this way ran on
 * @property {number} numbers
 * @property {number} batchSize
 * @property {number} wallMs median
 * @property {number} noQueueMs median of the no-queue runs of the same tasks
 * @property {number} ratioToNoQueue
 * @property {number} primes
 * @property {number} primeSum
 * @property {number} pillsSent
 * @property {number} finishedFlags
 * @property {boolean} primesAgree every task's run of this way found the primes of the first no-queue run
 * @property {number} repeats
 * @property {number[]} wallMsAll
 */

/**
 * @typedef {object} QueuesReport
 * @property {(QueueRow | IpcRow | EarlyExitRow)[]} rows each with its `part`: workQueues, ipc, earlyExit
 * @property {string[]} ipcRefused what the IPC meter would not measure, and why
 * @property {boolean} primesAgree every run of every way at every worker count found the same primes (count and sum)
 * @property {string[]} problems
 */

/**
 * The work queues' task at `workers` workers: its points, checked against the link.
 * @param {Session} session
 * @param {number} workers
 * @returns {Promise<WayPoint[]>}
 */
async function measureWorkQueues(session, workers) {
  const label = `work queues, ${plural(workers, 'worker')}`;
  const task = await runTask(session, 'queues', { queue: 'all', batch: BATCH_SIZE, workers, numbers: NUMBERS, skipEven: 0 }, null, label);
  const points = /** @type {WayPoint[]} */ (/** @type {unknown} */ (task.points));
  const ignored = [
    ...mismatches({ ways: [points.map((p) => p.way).join(','), WAYS.join(',')] }),
    ...task.runs.flatMap((run) => {
      const s = /** @type {import('../../../src/experiments/queues/queueJob.ts').QueueRunSettings} */ (run.settings);
      return mismatches({
        [`${s.way} workers`]: [run.workers, s.way === 'none' ? 1 : workers],
        [`${s.way} numbers`]: [s.numbers, NUMBERS],
        [`${s.way} skipEven`]: [s.skipEven, false],
        ...(s.way === 'batch' ? { batch: [s.batchSize, BATCH_SIZE] } : {}),
      });
    }),
  ];
  if (ignored.length > 0) throw new Error(`${label}: the lab did not run what its link asks for:\n  ${ignored.join('\n  ')}`);
  return points;
}

/**
 * One row per way and worker count, from `repeats` tasks at each count.
 * @param {Session} session
 * @param {number[]} workerCounts
 * @param {number} repeats
 * @param {(message: string) => void} log
 * @returns {Promise<QueueRow[]>}
 */
async function workQueueRows(session, workerCounts, repeats, log) {
  /** @type {QueueRow[]} */
  const rows = [];
  /** @type {WayPoint | null} */
  let reference = null;
  for (const workers of workerCounts) {
    /** @type {WayPoint[][]} */
    const tasks = [];
    for (let i = 0; i < repeats; i++) tasks.push(await measureWorkQueues(session, workers));
    reference ??= tasks[0].find((p) => p.way === 'none') ?? tasks[0][0];
    const same = (/** @type {WayPoint} */ p) => p.primes === reference?.primes && p.primeSum === reference.primeSum;
    const noQueueMs = median(tasks.map((points) => points.find((p) => p.way === 'none')?.wallMs ?? NaN));
    for (const way of WAYS) {
      const points = tasks.flatMap((task) => task.filter((p) => p.way === way));
      const wallMs = median(points.map((p) => p.wallMs));
      const { primes, primeSum, pillsSent, finishedFlags } = points[0];
      const row = {
        experiment: /** @type {const} */ ('queues'),
        part: /** @type {const} */ ('workQueues'),
        way,
        taskWorkers: workers,
        workers: points[0].workers,
      };
      rows.push({
        ...row,
        numbers: NUMBERS,
        batchSize: BATCH_SIZE,
        wallMs,
        noQueueMs,
        ratioToNoQueue: wallMs / noQueueMs,
        primes,
        primeSum,
        pillsSent,
        finishedFlags,
        primesAgree: points.every(same),
        repeats,
        wallMsAll: points.map((p) => p.wallMs),
      });
    }
    const line = rows.slice(-WAYS.length).map((row) => `${row.way} ${row.wallMs.toFixed(0)} ms (${row.ratioToNoQueue.toFixed(2)}x)`);
    log(`queues, ${plural(workers, 'worker')}: ${line.join(', ')}`);
    const differ = tasks.flat().filter((p) => !same(p));
    for (const p of differ) {
      log(
        `WARNING: primes found differ: ${p.way} on ${plural(p.workers, 'worker')} found ${p.primes} (sum ${p.primeSum}), no queue ${reference.primes} (sum ${reference.primeSum})`,
      );
    }
  }
  return rows;
}

/** @param {QueueRow[]} rows */
function formatWorkQueues(rows) {
  const agree = rows.every((row) => row.primesAgree);
  const lines = rows.map((row) => [
    plural(row.taskWorkers, 'worker'),
    WAY_NAMES[row.way],
    String(row.workers),
    row.wallMs.toFixed(0),
    `${row.ratioToNoQueue.toFixed(2)}x`,
    `${row.primes.toLocaleString('en-US')}${row.primesAgree ? '' : ' DIFFER!'}`,
    row.way === 'none' ? '' : `${row.pillsSent} / ${row.finishedFlags}`,
  ]);
  /** @type {import('../table.mjs').Column[]} */
  const columns = [
    { title: 'task', align: 'left' },
    { title: 'way', align: 'left' },
    { title: 'workers' },
    { title: 'wall ms' },
    { title: 'vs no queue' },
    { title: 'primes found' },
    { title: 'pills / finished' },
  ];
  return [
    `Work queues: ${NUMBERS.toLocaleString('en-US')} numbers from 10^8, every way after no queue (one task per worker count):`,
    formatTable(columns, lines),
    agree
      ? `Primes found: the same every way at every worker count (${rows[0].primes.toLocaleString('en-US')}, sum ${rows[0].primeSum.toLocaleString('en-US')}).`
      : '!!! MISMATCH: not every way found the same primes (DIFFER! under "primes found"; the count and sum are compared): a queue lost or doubled numbers. !!!',
    'vs no queue = wall time / the no-queue run of the same task (one worker, a plain loop). The book: one process with no queue beats 2, 4 and 8 with a queue.',
  ].join('\n');
}

export const queues = {
  id: /** @type {const} */ ('queues'),
  /** @type {readonly string[]} */
  kernels: [],

  /**
   * @param {Session} session
   * @param {Options} options
   * @param {(message: string) => void} log
   * @returns {Promise<QueuesReport>}
   */
  async measure(session, options, log) {
    const repeats = options.repeatsGiven ? options.repeats : DEFAULT_REPEATS;
    const workQueues = await workQueueRows(session, options.workers, repeats, log);
    const ipc = await measureIpc(session, repeats, log);
    const earlyExit = await measureEarlyExit(session, repeats, log);
    const primesAgree = workQueues.every((row) => row.primesAgree);
    const problems = [
      ...(primesAgree ? [] : ['the queue kinds found different primes: see the work queues table']),
      ...ipc.rows.filter((row) => !row.complete).map((row) => `IPC meter: not every integer came back (${row.method}, N = ${row.n})`),
    ];
    return { rows: [...workQueues, ...ipc.rows, ...earlyExit], ipcRefused: ipc.refused, primesAgree, problems };
  },

  /** @param {QueuesReport} report */
  format({ rows, ipcRefused }) {
    const workQueues = rows.filter((row) => row.part === 'workQueues');
    const repeats = workQueues[0]?.repeats ?? 1;
    return [
      formatWorkQueues(workQueues),
      formatIpc({ rows: rows.filter((row) => row.part === 'ipc'), refused: ipcRefused }),
      formatEarlyExit(rows.filter((row) => row.part === 'earlyExit')),
      repeats === 1 ? 'One task per worker count and part (--repeats N for medians of N).' : `Medians of ${repeats} tasks per worker count and part.`,
    ].join('\n\n');
  },
};
