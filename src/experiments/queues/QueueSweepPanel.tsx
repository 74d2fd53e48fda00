import { memo, useMemo } from 'react';
import { LinesChart } from '../../charts/LinesChart';
import { formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
import { logicalCores } from '../../platform';
import { exportTask } from '../../runs/exportFormat';
import { queueExport } from './export';
import { QUEUE_KINDS, SWEEP_WORKERS, WAY_LABELS } from './params';
import { ratioText } from './queueLesson';
import type { QueueTask, WayPoint } from './queueTasks';

/** Every queue kind at 1, 2, 4 and 8 workers beside no queue: the book's figure. Redrawn per point. */
export const QueueSweepPanel = memo(function QueueSweepPanel({ sweep }: { sweep: QueueTask; version: string }) {
  const points = sweep.points;
  const baseline = points.find((p) => p.way === 'none');
  const kinds = QUEUE_KINDS.filter((kind) => sweep.steps.some((s) => s.way === kind));
  const rows = useMemo(
    () => SWEEP_WORKERS.map((x) => Object.fromEntries([['x', x], ...points.filter((p) => p.workers === x && p.way !== 'none').map((p) => [p.way, p.wallMs])])),
    [points, points.length],
  );
  const columns: Column<WayPoint>[] = [
    { title: 'Workers', cell: (p) => formatCount(p.workers) },
    { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
    { title: 'Ratio to no queue', cell: (p) => (baseline ? ratioText(p.wallMs / baseline.wallMs) : '–') },
    { title: 'Primes found', cell: (p) => formatCount(p.primes) },
  ];
  const best = baseline ? points.filter((p) => p.way !== 'none').sort((a, b) => a.wallMs - b.wallMs)[0] : undefined;
  const settings = sweep.steps[0];
  return (
    <section className="sweep" aria-label="Queue sweep">
      <h2>Queue sweep</h2>
      <SeriesStatus
        series={sweep}
        stepName={(s) => `${WAY_LABELS[s.way]} on ${s.workers} ${s.workers === 1 ? 'worker' : 'workers'}`}
        done={`Done: ${sweep.steps.length} runs of ${formatCount(settings.numbers)} numbers${settings.skipEven ? ' (odd only)' : ''}, fresh workers each time.`}
        steps="runs"
      />
      <progress aria-label="Sweep progress" max={sweep.steps.length} value={points.length} />
      <p className="lesson-note">
        The book’s figure: wall time against the number of processes for each queue, beside one process with no queue (the dashed line). More workers cannot
        help while handing a number over costs more than checking it; this machine has {logicalCores()} logical cores.
        {best && baseline
          ? ` Best queue here: ${WAY_LABELS[best.way].toLowerCase()} on ${best.workers} ${best.workers === 1 ? 'worker' : 'workers'}, ${ratioText(best.wallMs / baseline.wallMs)} the time of no queue.`
          : ''}
      </p>
      <figure className="sweep-chart">
        <figcaption>Wall time per run against workers, log scale; dashed: no queue, one worker</figcaption>
        <LinesChart
          rows={rows}
          series={kinds.map((kind) => ({ key: kind, name: WAY_LABELS[kind] }))}
          xLabel="workers"
          yLabel="wall time"
          reference={baseline ? { value: baseline.wallMs, label: `no queue ${formatDuration(baseline.wallMs)}` } : null}
          formatX={(x) => String(x)}
          formatY={formatDuration}
        />
      </figure>
      <ExportButtons exportTask={() => exportTask('queues', sweep, queueExport)} laneName={(lane) => laneName('workers', lane)} />
      <Table
        label="Queue sweep results"
        head={{ title: 'Way', cell: (p) => WAY_LABELS[p.way] }}
        columns={columns}
        rows={points}
        rowKey={(p) => `${p.way}-${p.workers}`}
      />
    </section>
  );
});
