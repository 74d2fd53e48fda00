// The worker sweep: the same total work for each worker count, one fresh pool per point.
import { executeRun } from '../../runs/executeRun';
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

export interface PiSweep extends SweepPlan {
  seed: number;
  points: SweepPoint[];
  /** The point being measured now (its live record). */
  current: PiRecord | null;
  status: 'running' | 'done' | 'stopped' | 'failed';
  error: string | null;
}

export function newPiSweep(plan: SweepPlan, seed: number): PiSweep {
  return { ...plan, seed, points: [], current: null, status: 'running', error: null };
}

export async function runPiSweep(sweep: PiSweep, { signal, changed }: LiveTaskContext): Promise<void> {
  for (const workers of sweep.workerCounts) {
    const chunks = sweep.fixedChunks ?? autoChunks(sweep.base.samples, workers);
    const params = { ...sweep.base, workers, seed: sweep.seed, chunks };
    const job = makePiJob(params, sweep.seed);
    const record = newPiRecord(params, sweep.seed, job);
    sweep.current = record;
    changed();
    await executeRun(record, job, signal, changed);
    if (record.status !== 'done') {
      sweep.status = record.status === 'stopped' ? 'stopped' : 'failed';
      sweep.error = record.error;
      changed();
      return;
    }
    const wallMs = record.wallMs ?? NaN;
    sweep.points.push({
      workers,
      wallMs,
      // Start-up as a whole: starting the workers plus warming them up.
      startUpMs: (record.spawnMs ?? NaN) + (record.warmUpMs ?? 0),
      samplesPerSecond: (record.totalItems / wallMs) * 1000,
      estimate: tallyPi(record.events, workers).estimate,
    });
    changed();
  }
  sweep.status = 'done';
  changed();
}
