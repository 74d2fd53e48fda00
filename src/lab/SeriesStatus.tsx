import type { Series } from '../runs/series';

interface Props<Step> {
  series: Series<Step, unknown, unknown>;
  /** What a step measures, e.g. "2 workers", "chunk size 64". */
  stepName(step: Step): string;
  /** What a finished series did, in a sentence. */
  done: string;
  /** What its steps are called, e.g. "worker counts", "runs", "kernels". */
  steps: string;
}

/** Where a sweep is: the step it measures, or how it ended. Every lab's sweeps say it alike. */
export function SeriesStatus<Step>({ series, stepName, done, steps }: Props<Step>) {
  const finished = series.runs.length;
  const total = series.steps.length;
  const text =
    series.status === 'running'
      ? `Measuring ${stepName(series.steps[finished])} (${finished + 1} of ${total})…`
      : series.status === 'done'
        ? done
        : series.status === 'stopped'
          ? `Stopped after ${finished} of ${total} ${steps}.`
          : `Failed: ${series.error}`;
  return <p role="status">{text}</p>;
}
