// @ts-check
// The GIL lab (#/gil): the expected results of ../shared/GIL.md that a machine's cores allow,
// each one task of the lab (threads, then the same work on one thread and on free workers, in
// turns, Repeats times, in one page) printed beside the shape the published figures have; then
// the GIL's hand-off against the bare wait/notify round trip (handoff.mjs).
/** @import { TaskExport } from '../../../src/runs/exportFormat.ts' */
/** @import { GilSummary } from '../../../src/experiments/gil/summary.ts' */
/** @import { Session } from '../app.mjs' */
/** @import { Options } from '../options.mjs' */
/** @import { Handoff } from './handoff.mjs' */
import { exportTask, labUrl, openPage, runOnce } from '../app.mjs';
import { formatTable } from '../table.mjs';
import { formatHandoff, measureHandoff } from './handoff.mjs';
import { mismatches } from './settings.mjs';

/** Darts in a CPU-bound item's total work: about a second on one core. */
const TOTAL_DARTS = 200_000_000;
/** The lab's own default. */
const DEFAULT_REPEATS = 3;

/**
 * @typedef {object} GilCase
 * @property {number} item
 * @property {string} label
 * @property {string} expected
 * @property {{ threads: number, policy: 'none' | 'old' | 'new', check: number, switch: number, workload: 'cpu' | 'io' | 'mixed', free: number, work: number }} settings by the lab's link keys
 */

/**
 * What a GIL task's export summarises (summary.ts, with each spread as its min and max).
 * @typedef {Omit<GilSummary, 'threadsSpread' | 'baselineSpread' | 'processesSpread'>} ExportedGilSummary
 */

/**
 * @typedef {ExportedGilSummary & { experiment: 'gil', item: number, label: string, expected: string, ratioAll: number[] }} GilRow
 */

/**
 * @param {number} item
 * @param {'old' | 'new'} policy
 * @param {number[]} threadCounts
 * @param {number} free GIL-free share, %
 * @param {string} expected
 * @param {number} [check]
 * @returns {GilCase[]}
 */
function cpuCases(item, policy, threadCounts, free, expected, check = 100) {
  return threadCounts.map((threads) => ({
    item,
    label: `item ${item}: ${threads} ${threads === 1 ? 'thread' : 'threads'}, ${policy} GIL${free ? `, ${free} % GIL-free` : ''}${check !== 100 ? `, check every ${check} ticks` : ''}`,
    expected,
    settings: { threads, policy, check, switch: 5, workload: 'cpu', free, work: Math.round(TOTAL_DARTS / threads) },
  }));
}

/** @returns {GilCase[]} */
function cases() {
  return [
    ...cpuCases(1, 'new', [1, 2, 4, 8], 0, 'about 1× one thread at every count (6.52 / 6.57 / 6.59 / 6.58 s)'),
    ...cpuCases(3, 'old', [2, 4], 0, 'well over 1× (15.4 s, 15.7 s vs 7.8 s sequential), many failed attempts'),
    // 100 ticks of 256 darts last ~150 µs here; Python 2's 100 bytecodes, a few µs: this pace.
    ...cpuCases(3, 'old', [2], 0, 'the same, releasing about as often as Python 2 did', 2),
    ...cpuCases(4, 'new', [1, 2, 4], 90, 'Amdahl, serial share 0.1: 1, 0.55, 0.55× on 2 cores (published 3.30 / 1.68 / 1.50 s)'),
    ...[
      [2, 5],
      [3, 5],
      [3, 2.5],
    ].map(([threads, switchInterval]) => ({
      item: 5,
      label: `item 5: convoy, ${threads - 1} CPU ${threads === 2 ? 'thread' : 'threads'}, switch ${switchInterval} ms`,
      expected: `I/O thread: about ${Math.round(1000 / switchInterval / (threads - 1))} rounds/s (one per interval per CPU thread: halved as they double)`,
      settings: {
        threads,
        policy: /** @type {const} */ ('new'),
        check: 100,
        switch: switchInterval,
        workload: /** @type {const} */ ('mixed'),
        free: 0,
        work: 50_000_000,
      },
    })),
    {
      item: 6,
      label: 'item 6: Orthanc, 3 requests',
      expected: '~3T under the GIL, ~T on 3+ processes (3 cores); ratio to processes ~3',
      settings: { threads: 3, policy: 'new', check: 100, switch: 5, workload: 'cpu', free: 0, work: 100_000_000 },
    },
  ];
}

/**
 * Runs one case as one task of the lab and returns its export.
 * @param {Session} session
 * @param {GilCase} c
 * @param {number} repeats
 * @returns {Promise<TaskExport>}
 */
async function measureCase(session, c, repeats) {
  const url = labUrl(session.appUrl, 'gil', { ...c.settings, repeats });
  const { page, errors } = await openPage(session.context, url);
  try {
    await runOnce(page, errors).catch((error) => {
      throw new Error(`${c.label} (${url}): ${error.message}`);
    });
    const task = await exportTask(page);
    if (task.status !== 'done') throw new Error(`${c.label}: the task ended ${task.status}${task.error ? `: ${task.error}` : ''}`);
    const summary = /** @type {ExportedGilSummary} */ (/** @type {unknown} */ (task.summary));
    const ignored = mismatches({
      threads: [summary.workers, c.settings.threads],
      policy: [summary.mode, c.settings.policy],
      check: [summary.checkInterval, c.settings.check],
      switch: [summary.switchIntervalMs, c.settings.switch],
      workload: [summary.workload, c.settings.workload],
      free: [Math.round(summary.gilFreeShare * 100), c.settings.free],
      work: [summary.workPerThread, c.settings.work],
      repeats: [summary.repeats, repeats],
    });
    if (ignored.length > 0) throw new Error(`${c.label}: the lab did not run what ${url} asks for:\n  ${ignored.join('\n  ')}`);
    return task;
  } finally {
    await page.close();
  }
}

/**
 * @typedef {object} GilReport
 * @property {GilRow[]} rows
 * @property {Handoff} handoff
 */

export const gil = {
  id: /** @type {const} */ ('gil'),
  /** @type {readonly string[]} */
  kernels: [],

  /**
   * Every case, one task each (the lab measures its repeats in turns); then the hand-off.
   * @param {Session} session
   * @param {Options} options
   * @param {(message: string) => void} log
   * @returns {Promise<GilReport>}
   */
  async measure(session, options, log) {
    const repeats = options.repeatsGiven ? options.repeats : DEFAULT_REPEATS;
    /** @type {GilRow[]} */
    const rows = [];
    for (const c of cases()) {
      const task = await measureCase(session, c, repeats);
      const summary = /** @type {ExportedGilSummary} */ (/** @type {unknown} */ (task.summary));
      log(`${c.label}: ratio ${summary.ratio.toFixed(2)}x (${repeats} ${repeats === 1 ? 'repeat' : 'repeats'})`);
      const threadRuns = task.runs.filter((run) => run.summary.phase === 'threads');
      const baselines = task.runs.filter((run) => run.summary.phase === 'oneThread');
      const ratioAll = threadRuns.map((run, i) => (run.wallMs ?? NaN) / (baselines[i]?.wallMs ?? NaN));
      rows.push({ experiment: 'gil', item: c.item, label: c.label, ...summary, expected: c.expected, ratioAll });
    }
    const handoff = await measureHandoff(session, rows, log);
    return { rows, handoff };
  },

  /** @param {GilReport} report */
  format({ rows, handoff }) {
    /** @type {import('../table.mjs').Column[]} */
    const columns = [
      { title: 'case', align: 'left' },
      { title: 'wall ms' },
      { title: '1 thread ms' },
      { title: 'ratio' },
      { title: 'processes ms' },
      { title: 'vs processes' },
      { title: 'failed attempts' },
      { title: 'hand-offs' },
      { title: 'lock held' },
      { title: 'hand-off µs' },
      { title: 'I/O rounds/s' },
      { title: '2 holders' },
      { title: 'expected shape', align: 'left' },
    ];
    const lines = rows.map((row) => [
      row.label,
      row.wallMs.toFixed(0),
      row.baselineMs.toFixed(0),
      `${row.ratio.toFixed(2)}x`,
      row.processesMs.toFixed(0),
      `${row.ratioToProcesses.toFixed(2)}x`,
      String(Math.round(row.failedAttempts)),
      String(Math.round(row.handoffs)),
      row.mode === 'none' ? '' : `${(row.lockHeldShare * 100).toFixed(1)} %`,
      row.handoffGapMedianMs === null ? '' : (row.handoffGapMedianMs * 1000).toFixed(0),
      row.ioRoundsPerSecond === null ? '' : `${row.ioRoundsPerSecond.toFixed(0)} (free ${row.ioRoundsPerSecondFree?.toFixed(0)})`,
      String(row.holderViolations),
      row.expected,
    ]);
    return [
      formatTable(columns, lines),
      '',
      `Medians of ${rows[0].repeats} runs per row, measured by the lab in turns in one page. ratio = median wall time / median time of the same total work on one thread (no lock); ` +
        'vs processes = wall time / the same threads as lock-free workers; failed attempts, hand-offs and lock held: the median threads run; ' +
        'hand-off µs: the median time the lock stood free between one thread letting go and the next running, over every threads run. Item 2 (a 1 µs switch interval) is left out: see README.',
      '',
      formatHandoff(handoff),
    ].join('\n');
  },
};
