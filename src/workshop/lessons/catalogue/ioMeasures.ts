// What the waiting lesson reads from the Waiting lab's tasks: a run's time beside N × latency, the
// share of it spent waiting, and the database example's serial time over its batched time.
import { formatDuration } from '../../../format';
import type { ExportedRun, TaskExport } from '../../../runs/exportFormat';
import type { Measurement } from '../lesson';
import { numberIn, percent, taskOf } from '../measures';

export type IoClient = 'serial' | 'concurrent' | 'batches';

/** The single run of a Run (the lab's Run is a task of one run), done, by the given client. */
function runBy(task: TaskExport, client: IoClient): ExportedRun | null {
  const run = taskOf(task, 'io', 'run')?.runs[0];
  return run && run.status === 'done' && run.summary.client === client && run.wallMs !== null && run.wallMs > 0 ? run : null;
}

const label = (run: ExportedRun) => (typeof run.summary.clientLabel === 'string' ? run.summary.clientLabel : String(run.summary.client));

/** The run's wall time in seconds, beside N × latency and, with requests overlapping or batched, the least its waits could take. */
export function runSeconds(client: IoClient): (task: TaskExport) => Measurement | null {
  return (task) => {
    const run = runBy(task, client);
    const serial = numberIn(run?.summary, 'serialWaitMs');
    const ideal = numberIn(run?.summary, 'idealWaitMs');
    if (!run || serial === null) return null;
    const best = client !== 'serial' && ideal !== null ? `, its waits at best ${formatDuration(ideal)}` : '';
    return { value: run.wallMs! / 1000, detail: `${label(run)}: ${formatDuration(run.wallMs!)}; N × latency: ${formatDuration(serial)}${best}` };
  };
}

/** The share of a serial run's wall time with no CPU work of the client's own going on, in %. */
export function waitingPercent(task: TaskExport): Measurement | null {
  const run = runBy(task, 'serial');
  const share = numberIn(run?.summary, 'waitingShare');
  const busy = numberIn(run?.summary, 'clientCpuBusyMs');
  if (!run || share === null || busy === null) return null;
  return {
    value: share * 100,
    detail: `${formatDuration(run.wallMs!)} in all, ${formatDuration(busy)} of it the client’s own CPU work: ${percent(share * 100)} waiting`,
  };
}

/** The database example: one after another over batches of 100. */
export function databaseSpeedUp(task: TaskExport): Measurement | null {
  const preset = taskOf(task, 'io', 'database');
  const ratio = numberIn(preset?.summary, 'measuredRatio');
  const [serial, batched] = preset?.points ?? [];
  const serialMs = numberIn(serial, 'wallMs');
  const batchedMs = numberIn(batched, 'wallMs');
  if (!preset || !ratio || !serialMs || !batchedMs) return null;
  const share = numberIn(serial, 'waitingShare');
  return {
    value: ratio,
    detail: `${serial.label}: ${formatDuration(serialMs)}${share === null ? '' : ` (${percent(share * 100)} waiting)`}, ${String(batched.label).toLowerCase()}: ${formatDuration(batchedMs)}`,
  };
}
