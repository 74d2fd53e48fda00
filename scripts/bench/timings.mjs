// The timed benchmark: repeated runs per worker count, each in a fresh page, reduced to medians.
import { exportRecord, openApp, runOnce } from './app.mjs';

/**
 * Runs one un-timed warm-up, then `repeats` rounds over the worker counts (interleaved, so
 * that drift on a shared machine hits every count alike). Returns Map(workers -> records).
 */
export async function collectRuns(context, baseUrl, experiment, options, log) {
  // The page ignores the worker count in main-thread mode: one row is enough.
  const workerCounts = options.mode === 'main' ? [1] : options.workers;
  const settings = (workers) => ({ samples: options.samples, workers, seed: options.seed, mode: options.mode });

  log(`warm-up: ${plural(workerCounts.at(-1), 'worker')}`);
  await runInFreshPage(context, baseUrl, experiment, settings(workerCounts.at(-1)));

  const runs = new Map(workerCounts.map((workers) => [workers, []]));
  for (let repeat = 1; repeat <= options.repeats; repeat++) {
    for (const workers of workerCounts) {
      const record = await runInFreshPage(context, baseUrl, experiment, settings(workers));
      log(`run ${repeat}/${options.repeats}, ${record.mode === 'mainThread' ? 'main thread' : plural(workers, 'worker')}: ${record.wallMs.toFixed(1)} ms`);
      runs.get(workers).push(record);
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

/** One summary row per worker count: medians, speed-up and efficiency against the smallest count. */
export function summarise(experiment, runs) {
  const baseline = Math.min(...runs.keys());
  const baselineWallMs = median(runs.get(baseline).map((r) => r.wallMs));
  return [...runs].map(([workers, records]) => {
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
      items,
      wallMs,
      itemsPerSecond: items / (wallMs / 1000),
      speedup,
      efficiency: speedup / (workers / baseline),
      spawnMs: median(records.map((r) => r.spawnMs)),
      warmUpMs: median(records.map((r) => r.warmUpMs ?? 0)),
      longTasks: median(longTasks),
      result: results[0],
      repeats: records.length,
      baselineWorkers: baseline,
      wallMsAll,
      longTasksMax: Math.max(...longTasks),
      longestTaskMs: Math.max(...records.map((r) => r.page.longestTaskMs)),
      resultsAgree: results.every((r) => JSON.stringify(r) === JSON.stringify(results[0])),
    };
  });
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
