// A task of a lab: runs one after another, each on fresh workers, with a measured point per run
// (a sweep varies one setting; a single run is a series of one).
import type { Job } from '../pool/job';
import { executeRun } from './executeRun';
import type { RunRecord, RunStatus } from './record';
import { LIVE_TICK_MS, type LiveTaskContext } from './live';

export type SeriesStatus = Exclude<RunStatus, 'starting'>;

export interface Series<Step, Rec, Point> {
  kind: string;
  steps: readonly Step[];
  /** The run measured now, or the last one measured. */
  current: Rec | null;
  /** The finished runs, in order. */
  runs: Rec[];
  points: Point[];
  status: SeriesStatus;
  error: string | null;
}

export function newSeries<Step, Rec, Point>(kind: string, steps: readonly Step[]): Series<Step, Rec, Point> {
  return { kind, steps, current: null, runs: [], points: [], status: 'running', error: null };
}

export interface SeriesPlan<Step, C, R, Rec, Point, A = unknown> {
  /** The record and job of a step's run. */
  prepare(step: Step, index: number): { record: Rec; job: Job<C, R, A> };
  /** The point a finished run adds (null: none, e.g. a single run). */
  toPoint(step: Step, record: Rec, index: number): Point | null;
}

/**
 * Runs one job per step and adds a point per finished run; stops at the first run that is
 * stopped or fails. Between runs it lets the page draw the new point: drawn during the next
 * run, the drawing would be timed with it.
 */
export async function runSeries<Step, C, R, Rec extends RunRecord<unknown, R>, Point, A>(
  series: Series<Step, Rec, Point>,
  plan: SeriesPlan<Step, C, R, Rec, Point, A>,
  context: LiveTaskContext,
): Promise<void> {
  const { changed } = context;
  for (const [index, step] of series.steps.entries()) {
    const { record, job } = plan.prepare(step, index);
    series.current = record;
    changed();
    await executeRun(record, job, context);
    if (record.status !== 'done') {
      series.status = record.status === 'stopped' ? 'stopped' : 'failed';
      series.error = record.error;
      changed();
      return;
    }
    series.runs.push(record);
    const point = plan.toPoint(step, record, index);
    if (point !== null) series.points.push(point);
    changed();
    if (index < series.steps.length - 1) await new Promise((resolve) => setTimeout(resolve, LIVE_TICK_MS * 1.5));
  }
  series.status = 'done';
  changed();
}

/** A key that changes when a series gains a point or ends: its charts redraw on that, not on every live repaint. */
export function seriesVersion(series: Series<unknown, unknown, unknown>): string {
  return `${series.points.length}:${series.runs.length}:${series.status}`;
}
