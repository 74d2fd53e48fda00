// The GIL lab (#/gil): the expected results of ../shared/GIL.md that a machine's cores allow,
// each measured through the page (threads, then the same work on one thread and on free
// workers, all in the same page) and printed beside the shape the published figures have.
const POLICY_LABELS = { none: 'No GIL (free-threaded)', old: 'Old GIL (check interval)', new: 'New GIL (switch interval)' };
const WORKLOAD_LABELS = { cpu: 'CPU-bound', io: 'I/O-bound', mixed: 'Mixed' };

/** Darts in a CPU-bound item's total work: about a second on one core. */
const TOTAL_DARTS = 200_000_000;

function cpuCases(item, policy, threadCounts, gilFreeShare, expected, checkInterval = 100) {
  return threadCounts.map((threads) => ({
    label: `item ${item}: ${threads} ${threads === 1 ? 'thread' : 'threads'}, ${policy} GIL${gilFreeShare ? `, ${gilFreeShare} % GIL-free` : ''}${checkInterval !== 100 ? `, check every ${checkInterval} ticks` : ''}`,
    settings: { item, expected, threads, policy, checkInterval, switchInterval: 5, workload: 'cpu', gilFreeShare, work: Math.round(TOTAL_DARTS / threads) },
  }));
}

export const gil = {
  id: 'gil',

  cases() {
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
        label: `item 5: convoy, ${threads - 1} CPU ${threads === 2 ? 'thread' : 'threads'}, switch ${switchInterval} ms`,
        settings: { item: 5, expected: `I/O thread: about ${Math.round(1000 / switchInterval / (threads - 1))} rounds/s (one per interval per CPU thread: halved as they double)`, threads, policy: 'new', checkInterval: 100, switchInterval, workload: 'mixed', gilFreeShare: 0, work: 50_000_000 } })),
      {
        label: 'item 6: Orthanc, 3 requests',
        settings: { item: 6, expected: '~3T under the GIL, ~T on 3+ processes (3 cores); ratio to processes ~3', threads: 3, policy: 'new', checkInterval: 100, switchInterval: 5, workload: 'cpu', gilFreeShare: 0, work: 100_000_000 },
      },
    ];
  },

  async fill(page, settings) {
    const field = (label) => page.getByLabel(label, { exact: true });
    await field('Threads').fill(String(settings.threads));
    await field('Policy').selectOption({ label: POLICY_LABELS[settings.policy] });
    await field('Check interval').fill(String(settings.checkInterval));
    await field('Switch interval').fill(String(settings.switchInterval));
    await field('Workload').selectOption({ label: WORKLOAD_LABELS[settings.workload] });
    await field('GIL-free share').fill(String(settings.gilFreeShare));
    await field('Work per thread').fill(String(settings.work));
  },

  /** One row per case: medians over its runs (each run measured its own baselines). */
  summarise(runs, cases) {
    return cases.map(({ label, settings }) => {
      const records = runs.get(label);
      const pick = (key) => median(records.map((r) => r[key]));
      return {
        experiment: 'gil',
        item: settings.item,
        label,
        mode: records[0].mode,
        workers: records[0].workers,
        workload: records[0].workload,
        gilFreeShare: records[0].gilFreeShare,
        switchIntervalMs: records[0].switchIntervalMs,
        wallMs: pick('wallMs'),
        baselineMs: pick('baselineMs'),
        processesMs: pick('processesMs'),
        // As the issue defines them: the row's wall time over its baseline (medians of each).
        ratio: pick('wallMs') / pick('baselineMs'),
        ratioToProcesses: pick('wallMs') / pick('processesMs'),
        failedAttempts: pick('failedAttempts'),
        handoffs: pick('handoffs'),
        forcedDrops: pick('forcedDrops'),
        holderViolations: Math.max(...records.map((r) => r.holderViolations)),
        ioRoundsPerSecond: records[0].ioRoundsPerSecond === null ? null : pick('ioRoundsPerSecond'),
        ioRoundsPerSecondFree: records[0].ioRoundsPerSecondFree === null ? null : pick('ioRoundsPerSecondFree'),
        lockHeldShare: pick('lockHeldShare'),
        expected: settings.expected,
        repeats: records.length,
        ratioAll: records.map((r) => r.ratio),
      };
    });
  },

  formatTable(rows) {
    const header = ['case', 'wall ms', '1 thread ms', 'ratio', 'processes ms', 'vs processes', 'failed attempts', 'hand-offs', 'I/O rounds/s', '2 holders', 'expected shape'];
    const lines = rows.map((row) => [
      row.label,
      row.wallMs.toFixed(0),
      row.baselineMs.toFixed(0),
      `${row.ratio.toFixed(2)}x`,
      row.processesMs.toFixed(0),
      `${row.ratioToProcesses.toFixed(2)}x`,
      String(Math.round(row.failedAttempts)),
      String(Math.round(row.handoffs)),
      row.ioRoundsPerSecond === null ? '' : `${row.ioRoundsPerSecond.toFixed(0)} (free ${row.ioRoundsPerSecondFree.toFixed(0)})`,
      String(row.holderViolations),
      row.expected,
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
    const left = new Set([0, header.length - 1]);
    const format = (cells) => cells.map((cell, column) => (left.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
    return [
      format(header),
      format(widths.map((width) => '-'.repeat(width))),
      ...lines.map(format),
      '',
      `Medians of ${rows[0].repeats} runs per row. ratio = median wall time / median time of the same total work on one thread (no lock), each measured in the same page as its run; ` +
        'vs processes = wall time / the same threads as lock-free workers. Item 2 (a 1 µs switch interval) is left out: see README.',
    ].join('\n');
  },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
