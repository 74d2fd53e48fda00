import { memo } from 'react';
import { BarsChart } from '../../charts/SweepCharts';
import { formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table } from '../../lab/Table';
import { exportTask } from '../../runs/exportFormat';
import { ioExport, presetSummary } from './export';
import { BOOK_CPU_PER_ITEM_MS, BOOK_DATABASE, DATABASE_SCALE, PRESETS } from './plans';
import { POINT_COLUMNS } from './pointColumns';
import type { IoTask } from './tasks';

const LESSONS = {
  database: `The book saved 1,028 primes one at a time with a ${BOOK_DATABASE.latencyMs} ms database call each, then 100 per call. Scaled here: every time is the book’s divided by ${DATABASE_SCALE}, so each call waits ${BOOK_DATABASE.latencyMs / DATABASE_SCALE} ms (a real timer in the server’s worker) and each prime needs ${(BOOK_CPU_PER_ITEM_MS / DATABASE_SCALE).toFixed(2)} ms of the client’s own work (the book’s ${BOOK_CPU_PER_ITEM_MS.toFixed(1)} ms: its ${BOOK_DATABASE.serialSeconds} s less ${BOOK_DATABASE.items} × ${BOOK_DATABASE.latencyMs} ms of waiting, per prime), thrown as darts on the page. A ratio of times does not change with their scale; the messages between page and worker, which the book did not have, add a little to each call (more on a busy machine), so one after another comes out slower here than the book’s scaled time.`,
  cpu: 'Concurrency overlaps waits, not work. One after another, each request waits 100 ms and then the page works 20 ms on its answer. With requests in flight the waits overlap, until the page’s own CPU work (50 × 20 ms on its one thread) is what takes the time: 50 in flight are hardly faster than 5. The last run hands that work to workers beside the server, where it runs side by side, and the time drops again.',
} as const;

/** A preset's runs side by side; the database example's ratio beside the book's. Memoised: it redraws when its task changes. */
export const IoPresetPanel = memo(function IoPresetPanel({ task, version }: { task: IoTask; version: string }) {
  void version;
  const kind = task.kind === 'database' ? 'database' : 'cpu';
  const preset = PRESETS.find((p) => p.kind === kind)!;
  const summary = presetSummary(task);
  const measured = typeof summary.measuredRatio === 'number' ? summary.measuredRatio : null;
  const serialShare = typeof summary.serialWaitingShare === 'number' ? summary.serialWaitingShare : null;

  return (
    <section className="sweep" aria-label={preset.name}>
      <h2>{preset.name}</h2>
      <SeriesStatus series={task} stepName={(step) => step.label} done={`Done: ${task.steps.length} runs, a fresh server each time.`} steps="runs" />
      <progress aria-label="Preset progress" max={task.steps.length} value={task.points.length} />
      {kind === 'database' && measured !== null ? (
        <div className="ratios">
          <div>
            <div className="ratio" data-testid="database-ratio">
              {measured.toFixed(1)}×
            </div>
            <div>batches of 100 against one after another, measured here</div>
          </div>
          <div>
            <div className="ratio">{BOOK_DATABASE.ratio}×</div>
            <div>
              the book ({BOOK_DATABASE.serialSeconds} s and {BOOK_DATABASE.batchedSeconds} s)
            </div>
          </div>
          <div>
            <div className="ratio">{serialShare === null ? '–' : `${(serialShare * 100).toFixed(0)} %`}</div>
            <div>of one after another spent only waiting here (the book: {BOOK_DATABASE.waitingShare * 100} %)</div>
          </div>
        </div>
      ) : null}
      <p className="lesson-note">{LESSONS[kind]}</p>
      <figure className="sweep-chart">
        <figcaption>Wall time per run (start-up measured apart, not included)</figcaption>
        <BarsChart data={task.points.map((p) => ({ label: p.label, value: p.wallMs }))} name="wall time" format={formatDuration} />
      </figure>
      <ExportButtons exportTask={() => exportTask('io', task, ioExport)} laneName={(lane) => `in flight ${lane + 1}`} />
      <Table label={`${preset.name} results`} head={{ title: 'Run', cell: (p) => p.label }} columns={POINT_COLUMNS} rows={task.points} rowKey={(p) => p.x} />
    </section>
  );
});
