// A person's progress through the lessons, kept in this browser (localStorage): per step, the
// prediction (or that it was skipped) and the last measurement. Survives reloads; clearable.
import type { Measurement } from './lesson';

const STORAGE_KEY = 'parallel-playground:lessons';
const VERSION = 1;

export interface StepProgress {
  /** What was predicted, as typed (or the choice's value); null: skipped. */
  prediction: string | null;
  /** The last measurement, with when and on how many cores it was made. */
  measured: (Measurement & { at: string; cores: number }) | null;
}

export type Progress = Readonly<Record<string, StepProgress>>;

/** "pi-processes/2": a step's key, as in its link. */
export const stepKey = (lessonId: string, step: number) => `${lessonId}/${step}`;

/** What the browser keeps, or nothing when it holds nothing of ours (or something damaged). */
export function readProgress(storage: Pick<Storage, 'getItem'>): Progress {
  try {
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { version?: unknown; steps?: unknown } | null;
    if (stored?.version !== VERSION || typeof stored.steps !== 'object' || stored.steps === null) return {};
    const steps: Record<string, StepProgress> = {};
    for (const [key, value] of Object.entries(stored.steps as Record<string, unknown>)) {
      if (isStepProgress(value)) steps[key] = value;
    }
    return steps;
  } catch {
    return {};
  }
}

export function writeProgress(storage: Pick<Storage, 'setItem' | 'removeItem'>, progress: Progress): void {
  if (Object.keys(progress).length === 0) storage.removeItem(STORAGE_KEY);
  else storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, steps: progress }));
}

export const PROGRESS_STORAGE_KEY = STORAGE_KEY;

function isStepProgress(value: unknown): value is StepProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { prediction, measured } = value as Record<string, unknown>;
  if (prediction !== null && typeof prediction !== 'string') return false;
  if (measured === null) return true;
  if (typeof measured !== 'object' || measured === undefined) return false;
  const m = measured as Record<string, unknown>;
  return typeof m.value === 'number' && typeof m.detail === 'string' && typeof m.at === 'string' && typeof m.cores === 'number';
}
