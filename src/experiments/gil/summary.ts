// What a finished GIL lab run adds up to: the figures its Result states and its export holds.
import { piEstimate } from '../../kernels/pi';
import { gilTotals } from '../../gil/readStats';
import { ioRate, type GilRun } from './run';

export interface GilSummary {
  experiment: 'gil';
  /** A summary exists only for a finished run; said so, as every run record does. */
  status: 'done';
  /** The policy: none, old or new. */
  mode: GilRun['params']['policy'];
  workers: number;
  workload: GilRun['params']['workload'];
  gilFreeShare: number;
  checkInterval: number;
  switchIntervalMs: number;
  workPerThread: number;
  wallMs: number;
  /** The same total work on one thread, measured in this session. */
  baselineMs: number;
  /** The same threads as free workers (processes). */
  processesMs: number;
  ratio: number;
  ratioToProcesses: number;
  failedAttempts: number;
  handoffs: number;
  forcedDrops: number;
  acquisitions: number;
  holderViolations: number;
  /** Share of the wall time some thread held the lock (its running time). */
  lockHeldShare: number;
  /** Mixed: the I/O thread's rounds per second beside the CPU threads, and as a free worker. */
  ioRoundsPerSecond: number | null;
  ioRoundsPerSecondFree: number | null;
  darts: number;
  piEstimate: number;
  baselinesReused: boolean;
  seed: number;
}

/** Null until the run and both baselines are done. */
export function summariseGilRun(run: GilRun): GilSummary | null {
  const { threads, oneThread, processes, params } = run;
  if (run.status !== 'done' || threads.wallMs === null || !threads.outcomes || !oneThread || !processes) return null;
  const totals = gilTotals(threads.buffers, threads.wallMs);
  const darts = threads.outcomes.reduce((total, o) => total + o.darts, 0);
  const inside = threads.outcomes.reduce((total, o) => total + o.inside, 0);
  return {
    experiment: 'gil',
    status: 'done',
    mode: params.policy,
    workers: params.threads,
    workload: params.workload,
    gilFreeShare: params.gilFreeShare,
    checkInterval: params.checkInterval,
    switchIntervalMs: params.switchIntervalMs,
    workPerThread: params.work,
    wallMs: threads.wallMs,
    baselineMs: oneThread.wallMs,
    processesMs: processes.wallMs,
    ratio: threads.wallMs / oneThread.wallMs,
    ratioToProcesses: threads.wallMs / processes.wallMs,
    failedAttempts: totals.failedAttempts,
    handoffs: totals.handoffs,
    forcedDrops: totals.forcedDrops,
    acquisitions: totals.acquisitions,
    holderViolations: totals.holderViolations,
    lockHeldShare: totals.runningMs / threads.wallMs,
    ioRoundsPerSecond: ioRate(threads),
    ioRoundsPerSecondFree: processes.ioRoundsPerSecond,
    darts,
    piEstimate: piEstimate(inside, darts),
    baselinesReused: oneThread.reused || processes.reused,
    seed: run.seed,
  };
}
