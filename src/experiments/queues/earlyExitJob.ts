// Early exit: the divisors of one number shared out between workers, each run a job of one
// chunk per worker. The worker that finds a factor sets a shared flag; the others look at it
// every N divisions and stop. A run with no flag says how long the whole search takes; the same
// shares searched block by block with the (never set) flag and without it say what looking costs.
import type { Timed } from '../../clock';
import { factorShares, type FactorShare } from '../../kernels/earlyExit';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { QueuesApi, ShareOutcome } from '../../../workers/queuesApi';
import { FLAG_BYTES, FLAG_STATE, flagViews } from '../../../workers/queues/protocol';
import { BASELINE_CHECK_EVERY, type EarlyExitParams } from './earlyExitParams';
import { createQueuesWorker } from './worker';
import { median } from '../../../workers/queues/checkCost';

/** search: the finder sets the flag. checkCost: each block with and without looks at a flag nobody sets. baseline: no flag, a rare check for Stop. */
export type Variant = 'search' | 'checkCost' | 'baseline';

export interface EarlyExitStep {
  variant: Variant;
  checkEvery: number;
}

export type EarlyExitSettings = EarlyExitStep & { n: number; workers: number };
export type EarlyExitRecord = RunRecord<EarlyExitSettings, ShareOutcome, { flag: SharedArrayBuffer }>;

export interface WorkerShareRow {
  worker: number;
  divisions: number;
  outcome: 'found the factor' | 'stopped by the flag' | 'searched its whole share' | 'stopped';
  /** From the factor's finding to this worker stopping (ms; null if it had finished before). */
  wastedMs: number | null;
  /**
   * Divisions in that time, at most: the fewer of that time at this worker's own rate and the
   * check interval (it stops at its first look at the flag).
   */
  wastedDivisions: number | null;
}

export interface EarlyExitPoint extends EarlyExitStep {
  wallMs: number;
  /** When the factor was found (ms after the start), or null. */
  answerMs: number | null;
  factor: number | null;
  divisions: number;
  wastedDivisions: number;
  /** checkCost: the median over blocks of (time looking at the flag / time not looking) − 1. */
  checkCost: number | null;
  /** checkCost: blocks measured. */
  blocks: number;
  workers: WorkerShareRow[];
}

export type EarlyExitTask = Series<EarlyExitStep, EarlyExitRecord, EarlyExitPoint> & { params: EarlyExitParams };

export function earlyExitSteps(intervals: number[]): EarlyExitStep[] {
  return [
    { variant: 'baseline', checkEvery: BASELINE_CHECK_EVERY },
    ...intervals.flatMap((checkEvery) => [
      { variant: 'search' as const, checkEvery },
      { variant: 'checkCost' as const, checkEvery },
    ]),
  ];
}

export function prepareEarlyExitRun(params: EarlyExitParams, step: EarlyExitStep): { record: EarlyExitRecord; job: Job<FactorShare, ShareOutcome, QueuesApi> } {
  const flag = new SharedArrayBuffer(FLAG_BYTES);
  const { n } = params;
  const job: Job<FactorShare, ShareOutcome, QueuesApi> = {
    chunks: factorShares(n, params.workers),
    itemsOf: (share) => Math.max(0, (share.to - share.from) / 2 + 1),
    worker: createQueuesWorker,
    warmUp: (remote) => remote.warmUpSearch(step.checkEvery),
    onWorker: (remote, share): Promise<Timed<ShareOutcome>> => {
      const search = { ...share, n, checkEvery: step.checkEvery };
      return step.variant === 'checkCost' ? remote.checkCost(flag, search) : remote.searchShare(flag, search, step.variant === 'search');
    },
    // Stop (or a failure): every worker sees the flag at its next check and returns.
    onEnd: () => void Atomics.compareExchange(flagViews(flag).state, 0, FLAG_STATE.SEARCHING, FLAG_STATE.STOPPED),
  };
  const setup = {
    experiment: 'queues',
    settings: { ...step, n, workers: params.workers },
    mode: 'workers' as const,
    workers: params.workers,
    strategy: 'static' as const,
    environment: captureEnvironment(),
    instruments: { flag },
  };
  return { record: newRunRecord(setup, job), job };
}

export function earlyExitPoint(step: EarlyExitStep, record: EarlyExitRecord): EarlyExitPoint {
  const foundAtEpoch = flagViews(record.instruments.flag).foundAt[0];
  const start = record.runStartEpochMs ?? 0;
  const foundAt = step.variant === 'search' && foundAtEpoch > 0 ? foundAtEpoch - start : null;
  const events = [...record.events].sort((a, b) => a.chunk - b.chunk);
  const workers = events.map((event): WorkerShareRow => {
    const { result } = event;
    const rate = event.endMs > event.startMs ? result.divisions / (event.endMs - event.startMs) : 0;
    const wastedMs = result.sawFlag && foundAt !== null ? Math.max(0, event.endMs - foundAt) : null;
    return {
      worker: event.chunk,
      divisions: result.divisions,
      outcome: result.factor !== null ? 'found the factor' : result.sawFlag ? 'stopped by the flag' : result.stopped ? 'stopped' : 'searched its whole share',
      wastedMs,
      wastedDivisions: wastedMs === null ? null : Math.min(step.checkEvery, Math.round(wastedMs * rate)),
    };
  });
  const factors = events.map((e) => e.result.factor).filter((f): f is number => f !== null);
  const finder = events.find((e) => e.result.setFlag);
  const ratios = events.flatMap((e) => e.result.costRatios);
  return {
    ...step,
    checkCost: step.variant === 'checkCost' && ratios.length > 0 ? median(ratios) - 1 : null,
    blocks: ratios.length,
    wallMs: record.wallMs ?? NaN,
    answerMs: foundAt,
    factor: finder?.result.factor ?? (factors.length ? Math.min(...factors) : null),
    divisions: events.reduce((sum, e) => sum + e.result.divisions, 0),
    wastedDivisions: workers.reduce((sum, w) => sum + (w.wastedDivisions ?? 0), 0),
    workers,
  };
}

export function newEarlyExitTask(params: EarlyExitParams): { task: EarlyExitTask; run: TaskRunner<EarlyExitTask> } {
  const kind = params.intervals.length > 1 ? 'intervals' : 'verify';
  const task: EarlyExitTask = { ...newSeries<EarlyExitStep, EarlyExitRecord, EarlyExitPoint>(kind, earlyExitSteps(params.intervals)), params };
  return { task, run: (state, context) => runSeries(state, { prepare: (step) => prepareEarlyExitRun(params, step), toPoint: earlyExitPoint }, context) };
}
