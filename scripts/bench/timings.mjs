// The timed benchmark: repeated runs per case, each in a fresh page, reduced to medians.
import { exportRecord, openApp, runOnce } from './app.mjs';

/**
 * Runs one un-timed warm-up, then `repeats` rounds over the experiment's cases (interleaved, so
 * that drift on a shared machine hits every case alike). Returns Map(case label -> records).
 */
export async function collectRuns(context, baseUrl, experiment, options, log) {
  const cases = experiment.cases(options);
  log(`warm-up: ${cases.at(-1).label}`);
  await runInFreshPage(context, baseUrl, experiment, cases.at(-1).settings);

  const runs = new Map(cases.map(({ label }) => [label, []]));
  for (let repeat = 1; repeat <= options.repeats; repeat++) {
    for (const { label, settings } of cases) {
      const record = await runInFreshPage(context, baseUrl, experiment, settings);
      log(`run ${repeat}/${options.repeats}, ${label}: ${record.wallMs.toFixed(1)} ms`);
      runs.get(label).push(record);
    }
  }
  return runs;
}

async function runInFreshPage(context, baseUrl, experiment, settings) {
  const { page, errors } = await openApp(context, `${baseUrl}#/${experiment.id}`);
  try {
    await experiment.fill(page, settings);
    await runOnce(page, errors);
    const record = await exportRecord(page);
    if (record.status !== 'done') throw new Error(`run ended with status ${record.status}${record.error ? `: ${record.error}` : ''}`);
    return record;
  } finally {
    await page.close();
  }
}

/**
 * One summary row per case: medians, and speed-up and efficiency against the first case (the
 * smallest worker count), which every case's work must equal.
 */
export function summarise(experiment, runs) {
  const [baselineRecords] = runs.values();
  const baselineWallMs = median(baselineRecords.map((r) => r.wallMs));
  const baselineWorkers = baselineRecords[0].workers;
  return [...runs.values()].map((records) => {
    const wallMsAll = records.map((r) => r.wallMs);
    const wallMs = median(wallMsAll);
    const items = records[0].totalItems;
    const speedup = baselineWallMs / wallMs;
    const longTasks = records.map((r) => r.page.longTasks);
    const results = records.map((r) => experiment.result(r));
    return {
      experiment: experiment.id,
      mode: records[0].mode,
      workers: records[0].workers,
      ...experiment.caseFields?.(records[0]),
      items,
      wallMs,
      itemsPerSecond: items / (wallMs / 1000),
      speedup,
      efficiency: speedup / (records[0].workers / baselineWorkers),
      spawnMs: median(records.map((r) => r.spawnMs)),
      warmUpMs: median(records.map((r) => r.warmUpMs ?? 0)),
      longTasks: median(longTasks),
      result: results[0],
      repeats: records.length,
      baselineWorkers,
      wallMsAll,
      longTasksMax: Math.max(...longTasks),
      longestTaskMs: Math.max(...records.map((r) => r.page.longestTaskMs)),
      resultsAgree: results.every((r) => JSON.stringify(r) === JSON.stringify(results[0])),
    };
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
