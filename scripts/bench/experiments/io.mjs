// @ts-check
// Waiting (#/io): 200 requests of 20 ms to the simulated server one after another, with a limit
// in flight and in batches, each wall time beside N × latency; then the book's database example
// as the lab's preset scales it (plans.ts: every time the book's / 10), its serial / batched
// ratio beside the book's 13.5x. Each case is the lab opened by its link and run `repeats` times
// in one page (a fresh server each run); rows are medians.
/** @import { ExportedRun } from '../../../src/runs/exportFormat.ts' */
/** @import { Session } from '../app.mjs' */
/** @import { Options } from '../options.mjs' */
import { exportTask, labUrl, openPage, runOnce } from '../app.mjs';
import { median } from '../statistics.mjs';
import { formatTable } from '../table.mjs';
import { mismatches } from './settings.mjs';

const REQUESTS = 200;
const LATENCY_MS = 20;
const DEFAULT_REPEATS = 3;

/** The book's figures (ch. 8), as src/experiments/io/plans.ts has them (BOOK_DATABASE). */
export const BOOK_DATABASE = { items: 1028, latencyMs: 50, serialSeconds: 55.2, batchedSeconds: 4.09, batchSize: 100, ratio: 13.5 };
/** The preset divides every time of the book's by this (DATABASE_SCALE). */
export const DATABASE_SCALE = 10;
/** The book's own work per prime, scaled and written as the preset writes it: "0.37" ms. */
const DATABASE_CPU_MS = ((BOOK_DATABASE.serialSeconds * 1000 - BOOK_DATABASE.items * BOOK_DATABASE.latencyMs) / BOOK_DATABASE.items / DATABASE_SCALE).toFixed(
  2,
);

/**
 * @typedef {object} IoLink the lab's settings by their link keys (src/experiments/io/meta.ts)
 * @property {number} n
 * @property {'serial' | 'concurrent' | 'batches'} client
 * @property {number} inflight
 * @property {number} batch
 * @property {number} latency
 * @property {number} jitter
 * @property {string} capacity empty: no limit
 * @property {number} serverCpu
 * @property {string | number} cpu
 * @property {'page' | 'workers'} cpuOn
 */

/**
 * @typedef {object} IoCase
 * @property {'waiting' | 'database'} group
 * @property {string} label
 * @property {IoLink} link
 */

/**
 * @param {'waiting' | 'database'} group
 * @param {string} label
 * @param {Partial<IoLink>} changes
 * @returns {IoCase}
 */
function ioCase(group, label, changes) {
  const base = {
    n: REQUESTS,
    client: /** @type {const} */ ('serial'),
    inflight: 1,
    batch: 1,
    latency: LATENCY_MS,
    jitter: 0,
    capacity: '',
    serverCpu: 0,
    cpu: 0,
  };
  return { group, label, link: { ...base, cpuOn: 'page', ...changes } };
}

/** The database preset's two runs (IoPresetPanel: "One after another", "Batches of 100"), by link. */
export function databaseCases() {
  const scaled = { n: BOOK_DATABASE.items, latency: BOOK_DATABASE.latencyMs / DATABASE_SCALE, cpu: DATABASE_CPU_MS };
  return [
    ioCase('database', 'database: one after another', { ...scaled, client: 'serial' }),
    ioCase('database', `database: batches of ${BOOK_DATABASE.batchSize}`, { ...scaled, client: 'batches', batch: BOOK_DATABASE.batchSize }),
  ];
}

/** @returns {IoCase[]} */
function cases() {
  return [
    ioCase('waiting', 'one after another', { client: 'serial' }),
    ...[10, 50, REQUESTS].map((inflight) =>
      ioCase('waiting', inflight === REQUESTS ? `all ${REQUESTS} in flight` : `${inflight} in flight`, { client: 'concurrent', inflight }),
    ),
    ...[10, 100].map((batch) => ioCase('waiting', `batches of ${batch}`, { client: 'batches', batch })),
    ...databaseCases(),
  ];
}

/**
 * Settings of the link the run did not use.
 * @param {ExportedRun} run
 * @param {IoLink} link
 */
function notApplied(run, { n, client, inflight, batch, latency, jitter, capacity, serverCpu, cpu, cpuOn }) {
  const s = run.summary;
  return mismatches({
    n: [s.items, n],
    client: [s.client, client],
    inflight: [s.inFlight, client === 'concurrent' ? inflight : 1],
    batch: [s.batchSize, client === 'batches' ? batch : 1],
    latency: [s.latencyMs, latency],
    jitter: [s.jitterMs, jitter],
    capacity: [s.capacity ?? '', capacity],
    serverCpu: [s.serverCpuMsPerItem, serverCpu],
    cpu: [s.clientCpuMsPerItem, Number(cpu)],
    cpuOn: [s.cpuOn, cpuOn],
  });
}

/**
 * @typedef {object} IoRow
 * @property {'io'} experiment
 * @property {'waiting' | 'database'} group
 * @property {string} label
 * @property {string} client
 * @property {number} items
 * @property {number} requests
 * @property {number} inFlight
 * @property {number} batchSize
 * @property {number} latencyMs
 * @property {number} clientCpuMsPerItem
 * @property {number} wallMs median
 * @property {number} serialWaitMs N × latency
 * @property {number} ratioToSerialWait
 * @property {number} idealWaitMs the least the client can wait
 * @property {number} wallOverIdeal
 * @property {number} mostInFlight
 * @property {number} waitingShare
 * @property {boolean} hiddenTab some run was taken in a hidden tab (throttled timers)
 * @property {number} repeats
 * @property {number[]} wallMsAll
 * @property {string} link
 */

/**
 * @typedef {object} IoReport
 * @property {IoRow[]} rows
 * @property {{ serialMs: number, batchedMs: number, measuredRatio: number, bookRatio: number, scale: number }} database
 */

/**
 * Opens the case's link and runs it `repeats` times in that page.
 * @param {Session} session
 * @param {IoCase} c
 * @param {number} repeats
 * @returns {Promise<IoRow>}
 */
async function measureCase(session, c, repeats) {
  const url = labUrl(session.appUrl, 'io', { ...c.link });
  const { page, errors } = await openPage(session.context, url);
  try {
    /** @type {ExportedRun[]} */
    const runs = [];
    for (let i = 0; i < repeats; i++) {
      await runOnce(page, errors).catch((error) => {
        throw new Error(`${c.label} (${url}): ${error.message}`);
      });
      const task = await exportTask(page);
      const run = task.runs.at(-1);
      if (task.status !== 'done' || !run) throw new Error(`${c.label}: the task ended ${task.status}${task.error ? `: ${task.error}` : ''}`);
      const ignored = notApplied(run, c.link);
      if (ignored.length > 0) throw new Error(`${c.label}: the lab did not run what ${url} asks for:\n  ${ignored.join('\n  ')}`);
      runs.push(run);
    }
    const walls = runs.map((run) => run.wallMs ?? NaN);
    const s = runs[0].summary;
    const wallMs = median(walls);
    return {
      experiment: 'io',
      group: c.group,
      label: c.label,
      client: String(s.client),
      items: Number(s.items),
      requests: Number(s.requests),
      inFlight: Number(s.inFlight),
      batchSize: Number(s.batchSize),
      latencyMs: Number(s.latencyMs),
      clientCpuMsPerItem: Number(s.clientCpuMsPerItem),
      wallMs,
      serialWaitMs: Number(s.serialWaitMs),
      ratioToSerialWait: wallMs / Number(s.serialWaitMs),
      idealWaitMs: Number(s.idealWaitMs),
      wallOverIdeal: wallMs / Number(s.idealWaitMs),
      mostInFlight: median(runs.map((run) => Number(run.summary.mostInFlight))),
      waitingShare: median(runs.map((run) => Number(run.summary.waitingShare))),
      hiddenTab: runs.some((run) => run.summary.takenInHiddenTab === true),
      repeats,
      wallMsAll: walls,
      link: url.slice(url.indexOf('#')),
    };
  } finally {
    await page.close();
  }
}

export const io = {
  id: /** @type {const} */ ('io'),
  /** @type {readonly string[]} */
  kernels: [],

  /**
   * @param {Session} session
   * @param {Options} options
   * @param {(message: string) => void} log
   * @returns {Promise<IoReport>}
   */
  async measure(session, options, log) {
    const repeats = options.repeatsGiven ? options.repeats : DEFAULT_REPEATS;
    /** @type {IoRow[]} */
    const rows = [];
    for (const c of cases()) {
      const row = await measureCase(session, c, repeats);
      log(`io ${c.label}: ${row.wallMs.toFixed(0)} ms, ${row.ratioToSerialWait.toFixed(3)} x N x latency (median of ${repeats})`);
      rows.push(row);
    }
    const [serial, batched] = rows.filter((row) => row.group === 'database');
    const database = {
      serialMs: serial.wallMs,
      batchedMs: batched.wallMs,
      measuredRatio: serial.wallMs / batched.wallMs,
      bookRatio: BOOK_DATABASE.ratio,
      scale: DATABASE_SCALE,
    };
    return { rows, database };
  },

  /** @param {IoReport} report */
  format({ rows, database }) {
    /** @type {import('../table.mjs').Column[]} */
    const columns = [
      { title: 'case', align: 'left' },
      { title: 'items' },
      { title: 'requests' },
      { title: 'most in flight' },
      { title: 'wall ms' },
      { title: 'N x latency ms' },
      { title: 'wall / (N x latency)' },
      { title: 'ideal ms' },
      { title: 'wall / ideal' },
      { title: 'only waiting' },
    ];
    /** @param {IoRow} row */
    const line = (row) => [
      row.label,
      String(row.items),
      String(row.requests),
      String(row.mostInFlight),
      row.wallMs.toFixed(0),
      row.serialWaitMs.toFixed(0),
      row.ratioToSerialWait.toFixed(3),
      row.idealWaitMs.toFixed(0),
      `${row.wallOverIdeal.toFixed(2)}x`,
      `${(row.waitingShare * 100).toFixed(1)} %`,
    ];
    const book = BOOK_DATABASE;
    return [
      `${REQUESTS} requests of ${LATENCY_MS} ms (no jitter, no capacity limit, no CPU work):`,
      formatTable(columns, rows.filter((row) => row.group === 'waiting').map(line)),
      '',
      `The book's database example, scaled as the lab's preset does (every time / ${database.scale}: ${book.items} items, calls of ${book.latencyMs / database.scale} ms, ${DATABASE_CPU_MS} ms of client work per item on the page):`,
      formatTable(columns, rows.filter((row) => row.group === 'database').map(line)),
      `one after another / batches of ${book.batchSize}: ${database.measuredRatio.toFixed(1)}x measured; the book: ${book.ratio}x (${book.serialSeconds} s / ${book.batchedSeconds} s)`,
      '',
      `Medians of ${rows[0].repeats} runs per row, each in the lab's page opened by its link (a fresh server per run). ` +
        'ideal = the least the client can wait: N x latency / in flight, or one latency per batch; only waiting = share of the wall time with no client CPU work going on.' +
        (rows.some((row) => row.hiddenTab) ? ' WARNING: some runs were taken in a hidden tab (throttled timers).' : ''),
    ].join('\n');
  },
};
