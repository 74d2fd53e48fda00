// @ts-check
// Plain-text output: the environment line, the timings, the app against the reference, the
// page's threads (traced), one run's breakdown, the memory check.
/** @import { SpeedupExperiment } from './experiments/index.mjs' */
/** @import { MemoryReport } from './memory.mjs' */
/** @import { OneRunBreakdown, Row } from './timings.mjs' */
/** @import { Breakdown } from './trace.mjs' */
import { compact, formatTable } from './table.mjs';

/**
 * @typedef {object} Environment
 * @property {string} browser
 * @property {string} userAgent
 * @property {number} logicalCores
 * @property {boolean} crossOriginIsolated
 * @property {string} date
 * @property {string} url
 */

/** @param {Environment} env */
export function formatEnvironment(env) {
  return `Environment: ${env.browser}, ${env.logicalCores} logical cores, crossOriginIsolated ${env.crossOriginIsolated}, ${env.date}`;
}

const ms = (/** @type {number} */ value) => value.toFixed(1);
const ratio = (/** @type {number} */ value) => `${value.toFixed(2)}x`;
const percent = (/** @type {number} */ value) => `${(value * 100).toFixed(1)} %`;
const orDash = (/** @type {number | null | undefined} */ value, /** @type {(v: number) => string} */ format) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : format(value);

/**
 * The timings table: per case and kernel, medians of the app's runs.
 * @param {Row[]} rows
 * @param {SpeedupExperiment} experiment
 */
export function formatTimings(rows, experiment) {
  // Experiments that vary more than the worker count say so in extra columns.
  const hasChunks = rows[0].chunkSize !== undefined;
  const kernels = new Set(rows.map((row) => row.kernel)).size > 1;
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    { title: 'experiment', align: 'left' },
    { title: 'kernel', align: 'left' },
    { title: 'mode', align: 'left' },
    { title: 'workers' },
    ...(hasChunks
      ? /** @type {const} */ ([{ title: 'chunk size' }, { title: 'chunks' }, { title: 'strategy', align: 'left' }, { title: 'order', align: 'left' }])
      : []),
    { title: 'items' },
    { title: 'wall ms' },
    { title: 'items/s' },
    { title: 'items/s/worker' },
    ...(kernels ? [{ title: 'vs JS' }] : []),
    { title: 'speed-up' },
    { title: 'efficiency' },
    { title: 'spawn ms' },
    { title: 'warm-up ms' },
    { title: 'long tasks' },
    { title: 'result', align: 'left' },
  ];
  const lines = rows.map((row) => [
    row.experiment,
    row.kernel,
    row.mode,
    String(row.workers),
    ...(hasChunks
      ? [
          `${Number(row.chunkSize).toLocaleString('en-US')}${row.chunkSizeIsDefault ? ' (default)' : ''}`,
          String(row.chunks),
          String(row.strategy),
          String(row.order),
        ]
      : []),
    row.items.toLocaleString('en-US'),
    ms(row.wallMs),
    compact(row.itemsPerSecond),
    compact(row.itemsPerSecondPerWorker),
    ...(kernels ? [orDash(row.vsJavaScript, ratio)] : []),
    ratio(row.speedup),
    `${(row.efficiency * 100).toFixed(0)} %`,
    ms(row.spawnMs),
    ms(row.warmUpMs),
    `${row.longTasks} / ${row.longTasksMax}`,
    experiment.formatResult(row.result),
  ]);
  const repeats = rows[0].repeats;
  const baseline = `${rows[0].baselineWorkers} ${rows[0].baselineWorkers === 1 ? 'worker' : 'workers'}`;
  return [
    formatTable(columns, lines),
    '',
    `Medians of ${repeats} ${repeats === 1 ? 'run' : 'runs'} per row; long tasks: median / max per run. ` +
      'Spawn and warm-up are measured apart and not in the wall time. ' +
      `Speed-up against ${baseline} with the same kernel; efficiency = speed-up / (W / ${rows[0].baselineWorkers}).` +
      (kernels ? " vs JS: items/s over JavaScript's in the same case of this bench run." : ''),
  ].join('\n');
}

/**
 * The app beside the bare reference: speed-ups, their ratio, and the page's main thread.
 * @param {Row[]} rows
 */
export function formatReference(rows) {
  const withReference = rows.filter((row) => row.reference);
  if (withReference.length === 0) return null;
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    { title: 'case', align: 'left' },
    { title: 'app ms' },
    { title: 'ref ms' },
    { title: 'app speed-up' },
    { title: 'ref speed-up' },
    { title: 'app / ref' },
    { title: 'app page busy ms' },
    { title: 'share' },
    { title: 'ref page busy ms' },
    { title: 'share' },
    { title: 'app page CPU ms' },
    { title: 'share' },
    { title: 'ref page CPU ms' },
    { title: 'share' },
    { title: 'app page busy ms, each run', align: 'left' },
  ];
  const lines = withReference.map((row) => {
    const reference = /** @type {NonNullable<Row['reference']>} */ (row.reference);
    return [
      row.label,
      ms(row.wallMs),
      ms(reference.wallMs),
      ratio(row.speedup),
      ratio(reference.speedup),
      orDash(row.speedupVsReference, (v) => v.toFixed(3)),
      orDash(row.pageBusyMs, ms),
      orDash(row.pageBusyShare, percent),
      orDash(reference.pageBusyMs, ms),
      orDash(reference.pageBusyShare, percent),
      orDash(row.pageCpuMs, ms),
      orDash(row.pageCpuShare, percent),
      orDash(reference.pageCpuMs, ms),
      orDash(reference.pageCpuShare, percent),
      row.pageBusyMsAll.map((value) => orDash(value, (v) => v.toFixed(0))).join(', '),
    ];
  });
  return [
    formatTable(columns, lines),
    '',
    'The reference runs the same job (chunks, seeds, kernel, warm-up) on a blank page of the same server: plain module workers, ' +
      'plain postMessage, no UI, no Comlink, each chunk in one kernel call; it times the same region (first chunk handed out to the last ' +
      "chunk's end). app / ref = app speed-up / reference speed-up. Page busy: the renderer main thread's task time from " +
      "Performance.getMetrics, read when the page marks the region's start and end (a little later and longer than the region), " +
      "and its share of one core over that interval. Page CPU: the same thread's CPU time (ThreadTime): the busy time less the time its " +
      'tasks waited for a core while the workers had them, so the part of a core the page took from the workers.',
  ].join('\n');
}

/**
 * Traced runs: where the page's CPU went in the timed region, app and reference.
 * @param {Row[]} rows
 */
export function formatTrace(rows) {
  const traced = rows.filter((row) => row.trace);
  if (traced.length === 0) return null;
  /** @type {import('./table.mjs').Column[]} */
  const columns = [
    { title: 'case', align: 'left' },
    { title: 'page', align: 'left' },
    { title: 'main ms' },
    { title: 'share' },
    { title: 'main CPU ms' },
    { title: 'share' },
    { title: 'compositor ms' },
    { title: 'raster ms' },
    { title: 'GPU process ms' },
    { title: 'workers ms' },
    { title: 'getMetrics ms' },
  ];
  /** @type {string[][]} */
  const lines = [];
  for (const row of traced) {
    for (const [page, trace, metricsMs] of /** @type {const} */ ([
      ['app', row.trace, row.pageBusyMs],
      ['reference', row.reference?.trace, row.reference?.pageBusyMs],
    ])) {
      if (trace) {
        lines.push([
          row.label,
          page,
          ms(trace.pageBusyMs),
          percent(trace.pageBusyShare),
          ms(trace.pageCpuMs),
          percent(trace.pageCpuShare),
          ms(trace.compositorMs),
          ms(trace.rasterMs),
          ms(trace.gpuMs),
          ms(trace.workerThreadsMs),
          orDash(metricsMs, ms),
        ]);
      }
    }
  }
  return [
    formatTable(columns, lines),
    '',
    "From a browser trace of each run, between the page's pp:run-start and pp:run-end marks (medians): time inside tasks on the renderer's " +
      "main thread and compositor thread, in raster tasks, on every thread of the GPU process, and on the page's workers; getMetrics: the same runs' " +
      'main thread as Performance.getMetrics read it (over its own, later interval). Tracing costs CPU time of its own.',
  ].join('\n');
}

/**
 * The main thread's time in one run, by kind of event, app and reference side by side.
 * @param {OneRunBreakdown} breakdown
 * @param {number} [top]
 */
export function formatBreakdown(breakdown, top = 15) {
  const { app, reference } = breakdown;
  /** @param {Breakdown[]} list */
  const byName = (list) => new Map(list.map((entry) => [entry.name, entry]));
  const appByName = byName(app.breakdown);
  const referenceByName = byName(reference?.breakdown ?? []);
  const names = [...new Set([...app.breakdown.slice(0, top), ...(reference?.breakdown.slice(0, 5) ?? [])].map((entry) => entry.name))];
  /** @param {Breakdown | undefined} entry */
  const cells = (entry) => (entry ? [ms(entry.selfMs), String(entry.count)] : ['', '']);
  const lines = names.map((name) => [name, ...cells(appByName.get(name)), ...cells(referenceByName.get(name))]);
  const rest = (/** @type {Breakdown[]} */ list) => list.filter((entry) => !names.includes(entry.name)).reduce((total, entry) => total + entry.selfMs, 0);
  lines.push(['(everything else)', ms(rest(app.breakdown)), '', reference ? ms(rest(reference.breakdown)) : '', '']);
  lines.push(['main thread busy', ms(app.pageBusyMs), '', reference ? ms(reference.pageBusyMs) : '', '']);
  return [
    `The page's main thread in one traced run of ${breakdown.label} (wall ${ms(breakdown.wallMs)} ms; region ${ms(app.regionMs)} ms; ` +
      `compositor ${ms(app.compositorMs)} ms, raster ${ms(app.rasterMs)} ms, GPU process ${ms(app.gpuMs)} ms, workers ${ms(app.workerThreadsMs)} ms):`,
    formatTable([{ title: 'event', align: 'left' }, { title: 'app ms' }, { title: 'count' }, { title: 'ref ms' }, { title: 'count' }], lines),
    '',
    "Self time: an event's time in the region less the events traced inside it; count: events of that name in the region. RunTask: task time " +
      'no finer event covers (scheduling, message handling); FunctionCall: JavaScript called by the browser (message handlers, timers, React); ' +
      'UpdateLayoutTree: style; Layout, PrePaint, Paint, Layerize, Commit: the rendering pipeline; MinorGC / MajorGC / V8.GC*: garbage collection.',
  ].join('\n');
}

/** @param {MemoryReport} memory */
export function formatMemory(memory) {
  return [
    `Memory: ${memory.runs} runs in one page (${memory.samples.toLocaleString('en-US')} samples, ${memory.workers} workers)`,
    `  heap after run 1: ${memory.heapBeforeMb.toFixed(2)} MB, after run ${memory.runs}: ${memory.heapAfterMb.toFixed(2)} MB, growth ${memory.growthMb.toFixed(2)} MB (limit ${memory.maxGrowthMb} MB)`,
    `  workers alive between runs (max): ${memory.workersAliveAfterRuns}`,
    `  ${memory.passed ? 'PASSED' : 'FAILED'}`,
  ].join('\n');
}
