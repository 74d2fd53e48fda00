// What the GIL lessons read from a finished GIL comparison: its ratios and the I/O thread's pace.
import { formatDuration } from '../../../format';
import type { TaskExport } from '../../../runs/exportFormat';
import type { Measurement } from '../lesson';
import { summaryFigure, taskOf } from '../measures';

const comparison = (task: TaskExport) => taskOf(task, 'gil', 'gil');

/** The threads' time over one thread doing all the work. */
export function timeOverOneThread(task: TaskExport): Measurement | null {
  const gil = comparison(task);
  const ratio = gil && summaryFigure(gil, 'ratio');
  const threads = gil && summaryFigure(gil, 'wallMs');
  const one = gil && summaryFigure(gil, 'baselineMs');
  if (!ratio || !threads || !one) return null;
  return { value: ratio, detail: `the threads: ${formatDuration(threads)}, one thread doing all the work: ${formatDuration(one)}` };
}

/** How many times faster the threads ran than one thread doing all the work. */
export function speedOverOneThread(task: TaskExport): Measurement | null {
  const over = timeOverOneThread(task);
  return over && { ...over, value: 1 / over.value };
}

/** The threads' time over the same threads as free workers (processes). */
export function timeOverProcesses(task: TaskExport): Measurement | null {
  const gil = comparison(task);
  const ratio = gil && summaryFigure(gil, 'ratioToProcesses');
  const threads = gil && summaryFigure(gil, 'wallMs');
  const processes = gil && summaryFigure(gil, 'processesMs');
  if (!ratio || !threads || !processes) return null;
  return { value: ratio, detail: `the threads: ${formatDuration(threads)}, the same work as free workers (processes): ${formatDuration(processes)}` };
}

/** A mixed run's I/O thread: rounds per second beside the CPU-bound threads. */
export function ioRoundsPerSecond(task: TaskExport): Measurement | null {
  const gil = comparison(task);
  const beside = gil && summaryFigure(gil, 'ioRoundsPerSecond');
  const alone = gil && summaryFigure(gil, 'ioRoundsPerSecondFree');
  if (!beside) return null;
  return {
    value: beside,
    detail: `thread 1 beside the CPU-bound threads${alone ? `; ${alone.toFixed(0)} rounds per second as a free worker with no GIL` : ''}`,
  };
}
