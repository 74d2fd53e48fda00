// The worker sweep: the same total work for each worker count, one fresh pool per point.
import type { TaskRunner } from '../../runs/live';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { preparePiRun, type PiRecord } from './job';
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

/** A sweep over worker counts: the steps are the counts. */
export type PiSweep = Series<number, PiRecord, SweepPoint> & { plan: SweepPlan; seed: number };

export function newPiSweep(plan: SweepPlan, seed: number): { task: PiSweep; run: TaskRunner<PiSweep> } {
  const task: PiSweep = { ...newSeries<number, PiRecord, SweepPoint>('workers', plan.workerCounts), plan, seed };
  const prepare = (workers: number) => {
    const chunks = plan.fixedChunks ?? autoChunks(plan.base.samples, workers);
    return preparePiRun({ ...plan.base, workers, seed, chunks }, seed);
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
  return { task, run: (state, context) => runSeries(state, { prepare, toPoint }, context) };
}
