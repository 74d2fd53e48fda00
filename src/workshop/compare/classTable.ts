// The class table: the worker sweeps imported from a room's machines, grouped by core count,
// each machine's speed-up at W = its cores beside the others of its kind.
import { median } from '../../runs/statistics';
import type { KeptRun } from '../kept/runStore';
import { speedupCurve } from './overlays';

export interface ClassRow {
  run: KeptRun;
  /** Speed-up at W = cores, or null if the sweep did not measure that worker count. */
  speedup: number | null;
  serialShare: number | null;
  /** The worker counts the sweep measured. */
  workerCounts: number[];
}

export interface ClassGroup {
  cores: number;
  rows: ClassRow[];
  /** The middle speed-up of the group's machines (of those that measured it). */
  median: number | null;
}

export function classGroups(runs: readonly KeptRun[]): ClassGroup[] {
  const groups = new Map<number, ClassRow[]>();
  for (const run of runs) {
    if (run.file === null || run.task.experiment !== 'pi' || run.task.kind !== 'workers') continue;
    const curve = speedupCurve(run.task);
    const row = { run, speedup: curve?.atCores ?? null, serialShare: curve?.serialShare ?? null, workerCounts: curve?.measured.map((p) => p.x) ?? [] };
    const cores = run.task.environment.logicalCores;
    groups.set(cores, [...(groups.get(cores) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cores, rows]) => {
      const measured = rows.map((row) => row.speedup).filter((s): s is number => s !== null);
      return { cores, rows, median: measured.length > 0 ? median(measured) : null };
    });
}
