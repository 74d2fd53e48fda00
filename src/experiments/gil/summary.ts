// What a finished GIL lab task adds up to: the figures its Result states and its export holds.
import { gilTotals, handoffGaps } from '../../gil/readStats';
import { piEstimate } from '../../kernels/pi';
import { median, quantile } from '../../runs/statistics';
import { ioRate, type GilRecord, type GilTask, type PhaseName } from './job';
import type { GilParams } from './params';

/** A phase's wall times over the repeats: the median, and the range around it. */
export interface Spread {
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface GilSummary {
  /** The policy: none, old or new. */
  mode: GilParams['policy'];
  workers: number;
  workload: GilParams['workload'];
  gilFreeShare: number;
  checkInterval: number;
  switchIntervalMs: number;
  workPerThread: number;
  repeats: number;
  /** Medians over the repeats. */
  wallMs: number;
  /** The same total work on one thread. */
  baselineMs: number;
  /** The same threads as free workers (processes). */
  processesMs: number;
  ratio: number;
  ratioToProcesses: number;
  threadsSpread: Spread;
  baselineSpread: Spread;
  processesSpread: Spread;
  /** The lock's counters in the threads' median run. */
  failedAttempts: number;
  handoffs: number;
  forcedDrops: number;
  acquisitions: number;
  /** The most any run saw: must be 0. */
  holderViolations: number;
  /** Share of the median run's wall time some thread held the lock. */
  lockHeldShare: number;
  /**
   * How long the lock stood free at a hand-off, ms, over every threads run of the task: the
   * median, the 90th percentile and the mean (null: no hand-offs, e.g. with no GIL).
   */
  handoffGapMedianMs: number | null;
  handoffGapP90Ms: number | null;
  handoffGapMeanMs: number | null;
  /** Mixed: the I/O thread's rounds per second beside the CPU threads, and as a free worker (medians). */
  ioRoundsPerSecond: number | null;
  ioRoundsPerSecondFree: number | null;
  darts: number;
  piEstimate: number;
  seed: number;
}

const runsOf = (task: GilTask, phase: PhaseName) => task.runs.filter((record) => record.instruments.phase === phase);

function spread(records: GilRecord[]): Spread {
  const walls = records.map((record) => record.wallMs ?? NaN);
  return { medianMs: median(walls), minMs: Math.min(...walls), maxMs: Math.max(...walls) };
}

/** The threads' run whose wall time is the median one: its counters stand for the phase. */
export function medianRun(records: GilRecord[]): GilRecord {
  const sorted = [...records].sort((a, b) => (a.wallMs ?? 0) - (b.wallMs ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? median(known) : null;
}

/** Null until every run of the task is done. */
export function summariseGilTask(task: GilTask): GilSummary | null {
  if (task.status !== 'done') return null;
  const { params } = task;
  const threads = runsOf(task, 'threads');
  const representative = medianRun(threads);
  const wallMs = representative.wallMs ?? NaN;
  const totals = gilTotals(representative.instruments.gil.buffers, wallMs);
  const [threadsSpread, baselineSpread, processesSpread] = (['threads', 'oneThread', 'processes'] as const).map((phase) => spread(runsOf(task, phase)));
  const gaps = params.policy === 'none' ? [] : threads.flatMap((record) => handoffGaps(record.instruments.gil.buffers));
  const darts = representative.events.reduce((total, e) => total + e.result.darts, 0);
  const inside = representative.events.reduce((total, e) => total + e.result.inside, 0);
  return {
    mode: params.policy,
    workers: params.threads,
    workload: params.workload,
    gilFreeShare: params.gilFreeShare,
    checkInterval: params.checkInterval,
    switchIntervalMs: params.switchIntervalMs,
    workPerThread: params.work,
    repeats: params.repeats,
    wallMs: threadsSpread.medianMs,
    baselineMs: baselineSpread.medianMs,
    processesMs: processesSpread.medianMs,
    ratio: threadsSpread.medianMs / baselineSpread.medianMs,
    ratioToProcesses: threadsSpread.medianMs / processesSpread.medianMs,
    threadsSpread,
    baselineSpread,
    processesSpread,
    failedAttempts: totals.failedAttempts,
    handoffs: totals.handoffs,
    forcedDrops: totals.forcedDrops,
    acquisitions: totals.acquisitions,
    holderViolations: Math.max(...threads.map((record) => gilTotals(record.instruments.gil.buffers, 0).holderViolations)),
    lockHeldShare: totals.runningMs / wallMs,
    handoffGapMedianMs: gaps.length > 0 ? median(gaps) : null,
    handoffGapP90Ms: gaps.length > 0 ? quantile(gaps, 0.9) : null,
    handoffGapMeanMs: gaps.length > 0 ? gaps.reduce((total, gap) => total + gap, 0) / gaps.length : null,
    ioRoundsPerSecond: medianOrNull(threads.map(ioRate)),
    ioRoundsPerSecondFree: medianOrNull(runsOf(task, 'processes').map(ioRate)),
    darts,
    piEstimate: piEstimate(inside, darts),
    seed: task.seed,
  };
}
