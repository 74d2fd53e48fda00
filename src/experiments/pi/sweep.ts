// The worker sweep: the same total work for each worker count, one fresh pool per point.
import { runSeries, type SeriesState } from '../../runs/series';
import type { LiveTaskContext } from '../../runs/useLiveTask';
import { makePiJob, newPiRecord, type PiRecord } from './job';
import { autoChunks, type SweepPlan } from './params';
import { tallyPi } from './summary';

export interface SweepPoint {
  workers: number;
  wallMs: number;
  /** Spawn + warm-up: measured apart, not in wallMs. */
  startUpMs: number;
  samplesPerSecond: number;
  estimate: number;
}

export interface PiSweep extends SweepPlan, SeriesState<PiRecord, SweepPoint> {
  seed: number;
}

export function newPiSweep(plan: SweepPlan, seed: number): PiSweep {
  return { ...plan, seed, points: [], current: null, status: 'running', error: null };
}

export function runPiSweep(sweep: PiSweep, context: LiveTaskContext): Promise<void> {
  const prepare = (workers: number) => {
    const chunks = sweep.fixedChunks ?? autoChunks(sweep.base.samples, workers);
    const params = { ...sweep.base, workers, seed: sweep.seed, chunks };
    const job = makePiJob(params, sweep.seed);
    return { record: newPiRecord(params, sweep.seed, job), job };
  };
  const toPoint = (workers: number, record: PiRecord): SweepPoint => {
    const wallMs = record.wallMs ?? NaN;
    return {
      workers,
      wallMs,
      // Start-up as a whole: starting the workers plus warming them up.
      startUpMs: (record.spawnMs ?? NaN) + (record.warmUpMs ?? 0),
      samplesPerSecond: (record.totalItems / wallMs) * 1000,
      estimate: tallyPi(record.events, workers).estimate,
    };
  };
  return runSeries(sweep, sweep.workerCounts, prepare, toPoint, context);
}
