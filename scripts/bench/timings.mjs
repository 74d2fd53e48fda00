// @ts-check
// The timed benchmark: every case `repeats` times, each app run in a fresh page followed by the
// same job on the reference page, reduced to medians, speed-ups and their ratio.
/** @import { ExportedRun } from '../../src/runs/exportFormat.ts' */
/** @import { Session } from './app.mjs' */
/** @import { Case, SpeedupExperiment } from './experiments/index.mjs' */
/** @import { Options } from './options.mjs' */
/** @import { PageBusy } from './pageBusy.mjs' */
/** @import { MeasuredReference } from './reference.mjs' */
/** @import { TraceSummary } from './trace.mjs' */
import { exportTask, labUrl, openPage, runOnce } from './app.mjs';
import { watchPageBusy } from './pageBusy.mjs';
import { runReference } from './reference.mjs';
import { median } from './statistics.mjs';
import { summariseTrace, traced } from './trace.mjs';

/**
 * @typedef {object} MeasuredRun
 * @property {ExportedRun} run
 * @property {PageBusy | null} busy
 * @property {TraceSummary | null} trace
 */

/** @typedef {{ app: MeasuredRun, reference: MeasuredReference | null }} Pair */

/**
 * One un-timed warm-up of the last case, then `repeats` rounds over the cases (interleaved, so
 * that drift on a shared machine hits every case alike), each app run followed by its reference.
 * @param {Session} session
 * @param {SpeedupExperiment} experiment
 * @param {Case[]} cases
 * @param {Options} options
 * @param {(message: string) => void} log
 * @returns {Promise<Map<Case, Pair[]>>}
 */
export async function collectRuns(session, experiment, cases, options, log) {
  const last = /** @type {Case} */ (cases.at(-1));
  log(`warm-up: ${last.label}`);
  await measurePair(session, experiment, last);

  /** @type {Map<Case, Pair[]>} */
  const runs = new Map(cases.map((c) => [c, []]));
  for (let repeat = 1; repeat <= options.repeats; repeat++) {
    for (const c of cases) {
      const pair = await measurePair(session, experiment, c);
      const reference = pair.reference ? `, reference ${pair.reference.run.wallMs.toFixed(1)} ms` : '';
      log(`run ${repeat}/${options.repeats}, ${c.label}: ${pair.app.run.wallMs?.toFixed(1)} ms${reference}`);
      runs.get(c)?.push(pair);
    }
  }
  return runs;
}

/**
 * @param {Session} session
 * @param {SpeedupExperiment} experiment
 * @param {Case} c
 * @returns {Promise<Pair>}
 */
async function measurePair(session, experiment, c) {
  const app = await measureAppRun(session, experiment, c);
  if (!c.reference) return { app, reference: null };
  const reference = await runReference(session, experiment.referenceSpec(app.run));
  const [appResult, referenceResult] = [experiment.result(app.run), reference.run.result].map((result) => JSON.stringify(result));
  if (appResult !== referenceResult) throw new Error(`${c.label}: the reference computed ${referenceResult}, the app ${appResult}: not the same work`);
  return { app, reference };
}

/**
 * Opens the case's link in a fresh page, runs it and exports it.
 * @param {Session} session
 * @param {SpeedupExperiment} experiment
 * @param {Case} c
 * @returns {Promise<MeasuredRun>}
 */
export async function measureAppRun(session, experiment, c) {
  /** @type {Awaited<ReturnType<typeof watchPageBusy>> | undefined} */
  let busy;
  const url = labUrl(session.appUrl, experiment.id, c.link);
  const { page, errors } = await openPage(session.context, url, async (p) => (busy = await watchPageBusy(p)));
  try {
    const work = async () => {
      await runOnce(page, errors).catch((error) => {
        throw new Error(`${c.label} (${url}): ${error.message}`);
      });
      return exportTask(page);
    };
    const { value: task, events } = session.trace ? await traced(session.browser, page, work) : { value: await work(), events: null };
    const run = task.runs.at(-1);
    if (!run || run.status !== 'done')
      throw new Error(`${c.label}: the run ended ${run ? `${run.status}${run.error ? `: ${run.error}` : ''}` : 'without a run'}`);
    const ignored = experiment.notApplied(run, c);
    if (ignored.length > 0)
      throw new Error(`${c.label}: the app did not run what ${url} asks for (is the setting in this build of the app?):\n  ${ignored.join('\n  ')}`);
    return { run, busy: (await busy?.result()) ?? null, trace: events ? summariseTrace(events) : null };
  } finally {
    await page.close();
  }
}

/**
 * @typedef {object} TraceFigures medians over a case's traced runs
 * @property {number} pageBusyMs
 * @property {number} pageBusyShare
 * @property {number} pageCpuMs
 * @property {number} pageCpuShare
 * @property {number} compositorMs
 * @property {number} rasterMs
 * @property {number} gpuMs
 * @property {number} workerThreadsMs
 */

/**
 * @typedef {object} ReferenceRow
 * @property {number} wallMs
 * @property {number} speedup
 * @property {number} spawnMs
 * @property {number} warmUpMs
 * @property {number[]} wallMsAll
 * @property {number | null} pageBusyMs
 * @property {number | null} pageBusyShare
 * @property {number | null} pageCpuMs
 * @property {number | null} pageCpuShare
 * @property {TraceFigures | null} trace
 */

/**
 * @typedef {object} Row
 * @property {string} experiment
 * @property {string} label
 * @property {string} kernel
 * @property {string} mode
 * @property {number} workers
 * @property {number} items
 * @property {number} wallMs
 * @property {number} itemsPerSecond
 * @property {number} itemsPerSecondPerWorker
 * @property {number | null} vsJavaScript items per second over JavaScript's at the same case
 * @property {number} speedup
 * @property {number} efficiency
 * @property {ReferenceRow | null} reference
 * @property {number | null} speedupVsReference
 * @property {number | null} pageBusyMs
 * @property {number | null} pageBusyShare
 * @property {number | null} pageCpuMs
 * @property {number | null} pageCpuShare
 * @property {number | null} pageBusyIntervalMs the interval between the getMetrics readings
 * @property {(number | null)[]} pageBusyMsAll
 * @property {TraceFigures | null} trace
 * @property {number} spawnMs
 * @property {number} warmUpMs
 * @property {number} longTasks
 * @property {Record<string, number>} result
 * @property {number} repeats
 * @property {number} baselineWorkers
 * @property {number[]} wallMsAll
 * @property {number} longTasksMax
 * @property {number} longestTaskMs
 * @property {boolean} resultsAgree
 * @property {number | string | boolean | null} [chunkSize]
 * @property {number | string | boolean | null} [chunkSizeIsDefault]
 * @property {number | string | boolean | null} [chunks]
 * @property {number | string | boolean | null} [strategy]
 * @property {number | string | boolean | null} [order]
 */

/**
 * One row per case: medians; speed-up and efficiency against the kernel's first case (its
 * smallest worker count), whose work every case of that kernel equals; the reference's own
 * speed-up beside the app's.
 * @param {SpeedupExperiment} experiment
 * @param {Map<Case, Pair[]>} runs
 * @returns {Row[]}
 */
export function summarise(experiment, runs) {
  /** @type {Map<string, { app: number, reference: number | null, workers: number }>} */
  const baselines = new Map();
  /** @type {Row[]} */
  const rows = [];
  for (const [c, pairs] of runs) {
    const records = pairs.map((pair) => pair.app.run);
    const wallMsAll = records.map((r) => r.wallMs ?? NaN);
    const wallMs = median(wallMsAll);
    const references = pairs.flatMap((pair) => (pair.reference ? [pair.reference] : []));
    const referenceWallMs = references.length > 0 ? median(references.map((r) => r.run.wallMs)) : null;
    if (!baselines.has(c.kernel)) baselines.set(c.kernel, { app: wallMs, reference: referenceWallMs, workers: records[0].workers });
    const baseline = /** @type {{ app: number, reference: number | null, workers: number }} */ (baselines.get(c.kernel));
    const items = records[0].totalItems;
    const workers = records[0].workers;
    const speedup = baseline.app / wallMs;
    const results = records.map((r) => experiment.result(r));
    const longTasks = records.map((r) => r.page.longTasks);
    const reference =
      referenceWallMs === null || baseline.reference === null
        ? null
        : {
            wallMs: referenceWallMs,
            speedup: baseline.reference / referenceWallMs,
            spawnMs: median(references.map((r) => r.run.spawnMs)),
            warmUpMs: median(references.map((r) => r.run.warmUpMs)),
            wallMsAll: references.map((r) => r.run.wallMs),
            ...busyMedians(references.map((r) => r.busy)),
            trace: traceMedians(references.map((r) => r.trace)),
          };
    const { pageBusyMs, pageBusyShare, pageCpuMs, pageCpuShare } = busyMedians(pairs.map((pair) => pair.app.busy));
    rows.push({
      experiment: experiment.id,
      label: c.label,
      kernel: c.kernel,
      mode: records[0].mode,
      workers,
      ...experiment.caseFields?.(records[0]),
      items,
      wallMs,
      itemsPerSecond: items / (wallMs / 1000),
      itemsPerSecondPerWorker: items / (wallMs / 1000) / workers,
      vsJavaScript: null,
      speedup,
      efficiency: speedup / (workers / baseline.workers),
      reference,
      speedupVsReference: reference ? speedup / reference.speedup : null,
      pageBusyMs,
      pageBusyShare,
      pageCpuMs,
      pageCpuShare,
      pageBusyIntervalMs: medianOrNull(pairs.map((pair) => pair.app.busy?.intervalMs ?? null)),
      pageBusyMsAll: pairs.map((pair) => pair.app.busy?.pageBusyMs ?? null),
      trace: traceMedians(pairs.map((pair) => pair.app.trace)),
      spawnMs: median(records.map((r) => r.spawnMs ?? 0)),
      warmUpMs: median(records.map((r) => r.warmUpMs ?? 0)),
      longTasks: median(longTasks),
      result: results[0],
      repeats: records.length,
      baselineWorkers: baseline.workers,
      wallMsAll,
      longTasksMax: Math.max(...longTasks),
      longestTaskMs: Math.max(...records.map((r) => r.page.longestTaskMs)),
      resultsAgree: results.every((r) => JSON.stringify(r) === JSON.stringify(results[0])),
    });
  }
  const cases = [...runs.keys()];
  for (const [i, row] of rows.entries()) {
    const js = rows.find((other, j) => cases[j].key === cases[i].key && other.kernel === 'js');
    row.vsJavaScript = js ? row.itemsPerSecond / js.itemsPerSecond : null;
  }
  return rows;
}

/** @param {(number | null)[]} values */
function medianOrNull(values) {
  const known = values.filter((value) => value !== null);
  return known.length > 0 ? median(known) : null;
}

/** @param {(PageBusy | null)[]} readings */
function busyMedians(readings) {
  return {
    pageBusyMs: medianOrNull(readings.map((reading) => reading?.pageBusyMs ?? null)),
    pageBusyShare: medianOrNull(readings.map((reading) => reading?.pageBusyShare ?? null)),
    pageCpuMs: medianOrNull(readings.map((reading) => reading?.pageCpuMs ?? null)),
    pageCpuShare: medianOrNull(readings.map((reading) => reading?.pageCpuShare ?? null)),
  };
}

/**
 * @param {(TraceSummary | null)[]} summaries
 * @returns {TraceFigures | null}
 */
function traceMedians(summaries) {
  const known = summaries.filter((summary) => summary !== null);
  if (known.length === 0) return null;
  /** @param {keyof TraceFigures} key */
  const pick = (key) => median(known.map((summary) => summary[key]));
  return {
    pageBusyMs: pick('pageBusyMs'),
    pageBusyShare: pick('pageBusyShare'),
    pageCpuMs: pick('pageCpuMs'),
    pageCpuShare: pick('pageCpuShare'),
    compositorMs: pick('compositorMs'),
    rasterMs: pick('rasterMs'),
    gpuMs: pick('gpuMs'),
    workerThreadsMs: pick('workerThreadsMs'),
  };
}

/**
 * @typedef {object} OneRunBreakdown
 * @property {string} label
 * @property {number} wallMs
 * @property {TraceSummary} app
 * @property {TraceSummary | null} reference
 */

/**
 * The traced run of a `workers`-worker case (JavaScript first) whose page busy time is the
 * median of its case's, with its reference run: what the page's threads did in its timed region.
 * @param {Map<Case, Pair[]>} runs
 * @param {number} workers
 * @returns {OneRunBreakdown | null}
 */
export function breakdownOfOneRun(runs, workers) {
  const entries = [...runs].filter(([, pairs]) => pairs[0]?.app.run.workers === workers && pairs.every((pair) => pair.app.trace));
  const [c, pairs] = entries.find(([candidate]) => candidate.kernel === 'js') ?? entries[0] ?? [];
  if (!c || !pairs) return null;
  const sorted = [...pairs].sort((a, b) => (a.app.trace?.pageBusyMs ?? 0) - (b.app.trace?.pageBusyMs ?? 0));
  const pair = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!pair.app.trace) return null;
  return { label: c.label, wallMs: pair.app.run.wallMs ?? NaN, app: pair.app.trace, reference: pair.reference?.trace ?? null };
}
