import { memo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName, MODE_LABELS } from '../../lab/lanes';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
import { exportTask } from '../../runs/exportFormat';
import type { EarlyExitPoint, EarlyExitStep, EarlyExitTask, WorkerShareRow } from './earlyExitJob';
import { earlyExitExport } from './export';
import { earlyExitLesson, percentText } from './earlyExitLesson';

const every = (checkEvery: number) => `${formatCount(checkEvery)} ${checkEvery === 1 ? 'division' : 'divisions'}`;

const STEP_NAMES: Record<EarlyExitStep['variant'], (checkEvery: number) => string> = {
  search: (c) => `search, flag checked every ${every(c)}`,
  checkCost: (c) => `the cost of checking every ${every(c)}`,
  baseline: () => 'the search with no flag',
};

const stepName = (step: EarlyExitStep) => STEP_NAMES[step.variant](step.checkEvery);

/** A check interval's search, and what its checks cost. */
interface IntervalRow {
  search: EarlyExitPoint;
  cost: EarlyExitPoint | undefined;
}

const INTERVAL_COLUMNS: Column<IntervalRow>[] = [
  { title: 'Factor found at', cell: ({ search }) => (search.answerMs === null ? 'no factor' : formatDuration(search.answerMs)) },
  { title: 'All workers stopped at', cell: ({ search }) => formatDuration(search.wallMs) },
  { title: 'Trial divisions', cell: ({ search }) => formatCount(search.divisions) },
  { title: 'Divisions after the factor was found (at most)', cell: ({ search }) => (search.factor !== null ? formatCount(search.wastedDivisions) : '–') },
  { title: 'Cost of checking', cell: ({ cost }) => (cost?.checkCost == null ? '–' : percentText(cost.checkCost)) },
];

const WORKER_COLUMNS: Column<WorkerShareRow>[] = [
  { title: 'Trial divisions', cell: (w) => formatCount(w.divisions) },
  { title: 'Ended', cell: (w) => w.outcome },
  { title: 'After the factor was found', cell: (w) => (w.wastedMs === null ? '–' : formatDuration(w.wastedMs)) },
  { title: 'Divisions then (at most)', cell: (w) => (w.wastedDivisions === null ? '–' : formatCount(w.wastedDivisions)) },
];

/** Early exit: how soon the factor is found, what the others did after, and what checking costs. */
export const EarlyExitPanel = memo(function EarlyExitPanel({ task }: { task: EarlyExitTask; version: string }) {
  const { n, workers } = task.params;
  const points = task.points;
  const baseline = points.find((p) => p.variant === 'baseline');
  const searches = points.filter((p) => p.variant === 'search');
  const found = searches.find((p) => p.factor !== null);
  const last = searches.at(-1);
  const verdict =
    searches.length === 0
      ? null
      : found?.factor
        ? `${formatCount(n)} is composite: ${formatCount(found.factor)} × ${formatCount(n / found.factor)}.`
        : `${formatCount(n)} is prime: no worker found a factor up to its square root.`;
  const rows: IntervalRow[] = searches.map((search) => ({ search, cost: points.find((p) => p.variant === 'checkCost' && p.checkEvery === search.checkEvery) }));
  return (
    <section className="sweep" aria-label="Early exit">
      <h2>Early exit: verifying {formatCount(n)}</h2>
      <SeriesStatus
        series={task}
        stepName={stepName}
        done={`Done: ${points.length} runs on ${workers} ${workers === 1 ? 'worker' : 'workers'}, fresh each time.`}
        steps="runs"
      />
      <progress aria-label="Early exit progress" max={task.steps.length} value={points.length} />
      {verdict ? (
        <p data-testid="verdict">
          <strong>{verdict}</strong>
        </p>
      ) : null}
      {baseline ? (
        <p>
          With no flag, each worker searched its whole share: all had stopped at {formatDuration(baseline.wallMs)} ({formatCount(baseline.divisions)} trial
          divisions).
        </p>
      ) : null}
      {rows.length > 0 ? (
        <Table
          label="Check intervals"
          head={{ title: 'Check the flag every', cell: ({ search }) => every(search.checkEvery) }}
          columns={INTERVAL_COLUMNS}
          rows={rows}
          rowKey={({ search }) => search.checkEvery}
        />
      ) : null}
      {last ? (
        <Table
          label="Per-worker shares"
          caption={`Per worker, searching with the flag checked every ${every(last.checkEvery)}`}
          head={{ title: 'Worker', cell: (w) => laneName('workers', w.worker) }}
          columns={WORKER_COLUMNS}
          rows={last.workers}
          rowKey={(w) => w.worker}
        />
      ) : null}
      {task.status === 'done' ? <p className="lesson-note">{earlyExitLesson(points)}</p> : null}
      <p className="how-measured">
        Each run on {workers} fresh {MODE_LABELS.workers.toLowerCase()}: the divisors 2, 3, 5, … up to √n cut into {workers} contiguous shares. The worker that
        finds a factor stamps the time and sets a flag in shared memory (Atomics); the others read it every so many divisions. Times are each worker’s own, on
        one clock, from the run’s start. Divisions after the factor was found are bounded from above: by the time between its stamp and each worker stopping, at
        that worker’s own rate (a worker the system paused meanwhile did less), and by the check interval (it stops at its first look at the flag). The cost of
        checking: each worker searches its share again in blocks of about a million divisions, each block twice in a row, looking at the (never set) flag every
        so many divisions and not looking, and the median of the blocks’ time ratios is kept: a moment’s disturbance of a busy machine spoils one block, not the
        figure.
      </p>
      <ExportButtons exportTask={() => exportTask('queues', task, earlyExitExport)} laneName={(lane) => laneName('workers', lane)} />
    </section>
  );
});
