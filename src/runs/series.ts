// A series of runs, one setting varied per run, each on fresh workers: the labs' sweeps.
import type { Job } from '../pool/runJob';
import { executeRun } from './executeRun';
import type { RunRecord } from './record';
import { REPAINT_INTERVAL_MS, type LiveTaskContext } from './useLiveTask';

export interface SeriesState<Rec, Point> {
  points: Point[];
  /** The run being measured now (its live record). */
  current: Rec | null;
  status: 'running' | 'done' | 'stopped' | 'failed';
  error: string | null;
}

/**
 * Runs one job per step and adds a point per finished run; stops at the first run that is
 * stopped or fails. Between runs it lets the page draw the new point: drawn during the next
 * run, the drawing would be timed with it.
 */
export async function runSeries<Step, C, R, Rec extends RunRecord<unknown, R>, Point>(
  series: SeriesState<Rec, Point>,
  steps: readonly Step[],
  prepare: (step: Step) => { record: Rec; job: Job<C, R> },
  toPoint: (step: Step, record: Rec) => Point,
  { signal, changed }: LiveTaskContext,
): Promise<void> {
  for (const step of steps) {
    const { record, job } = prepare(step);
    series.current = record;
    changed();
    await executeRun(record, job, signal, changed);
    if (record.status !== 'done') {
      series.status = record.status === 'stopped' ? 'stopped' : 'failed';
      series.error = record.error;
      changed();
      return;
    }
    series.points.push(toPoint(step, record));
    changed();
    await new Promise((resolve) => setTimeout(resolve, REPAINT_INTERVAL_MS * 1.5));
  }
  series.status = 'done';
  changed();
}

/** A key that changes when a series gains a point or ends: its charts redraw on that, not on every live repaint. */
export function seriesVersion(series: SeriesState<unknown, unknown>): string {
  return `${series.points.length}:${series.status}`;
}
