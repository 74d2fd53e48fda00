// Reading a step's figure from a finished task's export: the same document the lab's Export
// JSON saves, so a lesson reads only what was measured.
import { formatDuration } from '../../format';
import type { Fields, TaskExport } from '../../runs/exportFormat';
import type { Measurement } from './lesson';

/** The task, if it is a task of this lab and kind that ended done; else null. */
export function taskOf(task: TaskExport, experiment: string, kind: string): TaskExport | null {
  return task.experiment === experiment && task.kind === kind && task.status === 'done' ? task : null;
}

export function numberIn(fields: Fields | undefined, key: string): number | null {
  const value = fields?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The wall time of the sweep's point whose `key` is `value` (e.g. workers = 4). */
export function wallAt(task: TaskExport, key: string, value: number | string | boolean): number | null {
  const point = task.points.find((p) => p[key] === value);
  const wall = numberIn(point, 'wallMs');
  return wall !== null && wall > 0 ? wall : null;
}

/** How much faster the point at `a` ran than the point at `b` took (wall(b) / wall(a)), with both times. */
export function speedOver(
  task: TaskExport,
  key: string,
  faster: { value: number | string | boolean; name: string },
  slower: { value: number | string | boolean; name: string },
): Measurement | null {
  const fast = wallAt(task, key, faster.value);
  const slow = wallAt(task, key, slower.value);
  if (fast === null || slow === null) return null;
  return { value: slow / fast, detail: `${slower.name}: ${formatDuration(slow)}, ${faster.name}: ${formatDuration(fast)}` };
}

/** A number from the task's summary (the GIL lab's ratios). */
export function summaryFigure(task: TaskExport, key: string): number | null {
  return numberIn(task.summary, key);
}

/** Items each worker (or thread) of a run computed, from its chunk events. */
export function itemsPerWorker(run: TaskExport['runs'][number]): number[] {
  const items = new Array<number>(run.workers).fill(0);
  for (const event of run.events) items[event.worker] = (items[event.worker] ?? 0) + event.items;
  return items;
}

/** The choice a ratio supports: "more" above 1 + margin, "less" below 1 − margin, else "same". */
export function compareToOne(ratio: number, margin: number, names: { more: string; same: string; less: string }): string {
  return ratio > 1 + margin ? names.more : ratio < 1 - margin ? names.less : names.same;
}

export const times = (value: number) => `${value.toFixed(2)}×`;
export const percent = (value: number) => `${value.toFixed(1)} %`;
