// What the Compare view draws of kept tasks, as plain data: a speed-up curve with its Amdahl fit
// per worker sweep, a wall-time curve per chunk sweep, the GIL lab's ratios, or a wall time.
import { amdahlSpeedup, fitSerialShare } from '../../analysis/amdahl';
import type { Fields, TaskExport } from '../../runs/exportFormat';

export interface XY {
  x: number;
  y: number;
}

/** The kinds of task the Compare view names, by the kind an export gives. */
export const KIND_NAMES: Record<string, string> = {
  run: 'single runs',
  workers: 'worker sweeps',
  chunkSize: 'chunk-size sweeps',
  chunkCount: 'chunk-count sweeps',
  order: 'order comparisons',
  kernels: 'kernel comparisons',
  profile: 'cost profiles',
  gil: 'GIL comparisons',
};

export const kindName = (kind: string) => KIND_NAMES[kind] ?? `${kind} tasks`;

const numberIn = (fields: Fields | undefined, key: string): number | null => {
  const value = fields?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** A sweep's measured points as (x, wall time), sorted by x; points without a wall time left out. */
export function wallTimes(task: TaskExport, xKey: string): XY[] {
  return task.points
    .map((point) => ({ x: numberIn(point, xKey), y: numberIn(point, 'wallMs') }))
    .filter((p): p is XY => p.x !== null && p.y !== null && p.y > 0)
    .sort((a, b) => a.x - b.x);
}

export interface SpeedupCurve {
  /** Measured speed-up against one worker, by worker count. */
  measured: XY[];
  /** Amdahl's curve with the fitted serial share, W counted up to the machine's cores. */
  fit: XY[];
  serialShare: number | null;
  cores: number;
  /** The speed-up at W = the machine's logical cores, if the sweep measured that count. */
  atCores: number | null;
}

/** A worker sweep's speed-up and Amdahl fit, as its Result draws them. Null without a one-worker point. */
export function speedupCurve(task: TaskExport): SpeedupCurve | null {
  const points = wallTimes(task, 'workers');
  const one = points.find((p) => p.x === 1);
  if (!one) return null;
  const cores = Math.max(1, task.environment.logicalCores);
  const serialShare = fitSerialShare(
    points.map((p) => ({ workers: p.x, wallMs: p.y })),
    cores,
  );
  const top = Math.max(...points.map((p) => p.x));
  const fit = serialShare === null ? [] : Array.from({ length: top }, (_, i) => ({ x: i + 1, y: amdahlSpeedup(serialShare, Math.min(i + 1, cores)) }));
  const atCores = points.find((p) => p.x === cores);
  return { measured: points.map((p) => ({ x: p.x, y: one.y / p.y })), fit, serialShare, cores, atCores: atCores ? one.y / atCores.y : null };
}

export interface Ratios {
  /** The threads' time over one thread doing all the work. */
  oneThread: number;
  /** The threads' time over the same threads as free workers (processes). */
  processes: number;
  /** "New GIL, 2 threads, CPU-bound". */
  settings: string;
}

const POLICY_NAMES: Record<string, string> = { none: 'No GIL', old: 'Old GIL', new: 'New GIL' };
const WORKLOAD_NAMES: Record<string, string> = { cpu: 'CPU-bound', io: 'I/O-bound', mixed: 'mixed' };

/** A GIL comparison's two ratios, from its summary. */
export function gilRatios(task: TaskExport): Ratios | null {
  const oneThread = numberIn(task.summary, 'ratio');
  const processes = numberIn(task.summary, 'ratioToProcesses');
  if (oneThread === null || processes === null) return null;
  const { mode, workers, workload, gilFreeShare } = task.summary;
  const free = typeof gilFreeShare === 'number' && gilFreeShare > 0 ? `, ${Math.round(gilFreeShare * 100)} % GIL-free` : '';
  const settings = `${POLICY_NAMES[String(mode)] ?? mode}, ${workers} ${workers === 1 ? 'thread' : 'threads'}, ${WORKLOAD_NAMES[String(workload)] ?? workload}${free}`;
  return { oneThread, processes, settings };
}

/** The wall time of a task's runs together (a single run: its own). */
export function totalWallMs(task: TaskExport): number {
  return task.runs.reduce((sum, run) => sum + (run.wallMs ?? 0), 0);
}
