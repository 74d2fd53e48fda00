import type { RunMode, RunStatus } from '../runs/record';
import type { SeriesStatus } from '../runs/series';
import { laneNoun } from './lanes';

/** What the status line reads of a task: its state, and the run it is on. */
export interface StatusSource {
  status: SeriesStatus;
  error: string | null;
  current: { status: RunStatus; mode: RunMode; workers: number; itemsDone: number; totalItems: number } | null;
}

interface Props {
  task: StatusSource | null;
  /** Before any task: what to do first. */
  ready: string;
  /** A task of several runs: what the current one measures, e.g. "Chunk size 4 (3 of 12)". */
  step?: string | null;
  /** Share done, where the lab knows better than the chunks finished (0..1). */
  progress?: number | null;
  /** What starts before a run, where a lane is not a worker of its own (e.g. "the server"). */
  starting?: string | null;
}

/** One line saying where the lab's task is; a failed task's error as an alert. Every lab uses it. */
export function StatusLine({ task, ready, step, progress, starting }: Props) {
  if (!task)
    return (
      <p role="status" className="run-status">
        {ready}
      </p>
    );
  if (task.status === 'failed') {
    return (
      <div role="alert" className="error-box">
        The run failed: {asSentence(task.error ?? 'unknown error')} The workers were shut down; you can run again.
      </div>
    );
  }
  const run = task.current;
  const prefix = step ? `${step}: ` : '';
  let text: string;
  if (task.status === 'done') text = 'Done.';
  else if (task.status === 'stopped')
    text = !run || run.mode !== 'mainThread' ? `Stopped: every ${run ? laneNoun(run.mode) : 'worker'} of the run was terminated.` : 'Stopped.';
  else if (!run || run.status === 'starting')
    text = `${prefix}Starting ${!run ? (starting ?? 'the workers') : run.mode === 'mainThread' ? 'on the main thread' : (starting ?? `${run.workers} ${laneNoun(run.mode, run.workers)}`)}…`;
  else {
    const share = progress ?? (run.totalItems > 0 ? run.itemsDone / run.totalItems : 0);
    text = `${prefix}Running: ${Math.floor(share * 100)} % done.`;
  }
  return (
    <p role="status" className="run-status" aria-busy={task.status === 'running'}>
      {text}
    </p>
  );
}

function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
