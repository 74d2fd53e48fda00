// What the status line says of the lab's running task: the step it is on, and how far along.
import { formatCount } from '../../format';
import { COUNTER } from '../../kernels/counting';
import type { EarlyExitTask } from './earlyExitJob';
import { IPC_LABELS } from './ipcParams';
import type { IpcTask } from './ipcJob';
import { COUNTING_LABELS, type LostUpdateTask } from './lostUpdatesJob';
import { WAY_LABELS } from './params';
import type { HistogramTask } from './histogramJob';
import type { QueueTask } from './queueTasks';
import { takenSoFar } from './queueLive';

/** Every task the lab runs. */
export type QueuesTask = QueueTask | IpcTask | EarlyExitTask | HistogramTask | LostUpdateTask;

const of = (task: { runs: unknown[]; steps: readonly unknown[] }) => `(${Math.min(task.runs.length + 1, task.steps.length)} of ${task.steps.length})`;

export function taskStep(task: QueuesTask): string | null {
  const step = task.steps[task.runs.length];
  if (!step || task.steps.length < 2) return null;
  if (task.kind === 'run' || task.kind === 'queueSweep') {
    const s = (task as QueueTask).steps[task.runs.length];
    return `${WAY_LABELS[s.way]}${s.way === 'none' ? '' : ` on ${s.workers} ${s.workers === 1 ? 'worker' : 'workers'}`} ${of(task)}`;
  }
  if (task.kind === 'ipc') {
    const s = (task as IpcTask).steps[task.runs.length];
    return `${IPC_LABELS[s.method]}, N = ${formatCount(s.n)} ${of(task)}`;
  }
  if (task.kind === 'lostUpdates') return `${COUNTING_LABELS[(task as LostUpdateTask).steps[task.runs.length]]} ${of(task)}`;
  if (task.kind === 'verify' || task.kind === 'intervals') {
    const s = (task as EarlyExitTask).steps[task.runs.length];
    return `${s.variant === 'baseline' ? 'No flag' : s.variant === 'search' ? `Search, check every ${formatCount(s.checkEvery)}` : `Cost of checking every ${formatCount(s.checkEvery)}`} ${of(task)}`;
  }
  return null;
}

/**
 * The current run's share done, where the engine's count of finished chunks says too little: a
 * queue run's from what the workers say they took, the IPC meter's from the integers back, lost
 * updates' from the counter itself (a plain count that lost updates reads low). Else null.
 */
export function taskProgress(task: QueuesTask): number | null {
  if (task.kind === 'run' || task.kind === 'queueSweep') {
    const live = (task as QueueTask).current?.instruments;
    return live && live.way !== 'none' && live.total > 0 ? Math.min(1, takenSoFar(live) / live.total) : null;
  }
  if (task.kind === 'ipc') return (task as IpcTask).current?.instruments.share ?? null;
  if (task.kind === 'lostUpdates') {
    const record = (task as LostUpdateTask).current;
    if (!record) return null;
    const { workers, increments } = record.settings;
    return Math.min(1, Atomics.load(new Int32Array(record.instruments.words), COUNTER.VALUE) / (workers * increments));
  }
  return null;
}
