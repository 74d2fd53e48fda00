import { memo, useMemo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { BarsChart, ChunkCountChart, ChunkSizeChart } from '../../charts/SweepCharts';
import { logicalCores } from '../../platform';
import { POLICY_LABELS } from '../../gil/modes';
import type { PrimeSweep, SweepKind, SweepPoint } from './sweep';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { exportTask } from '../../runs/exportFormat';
import { primeExport } from './export';

const TITLES: Record<SweepKind, string> = {
  chunkSize: 'Chunk-size sweep',
  chunkCount: 'Chunk-count sweep',
  order: 'Order comparison',
};

const LESSONS: Record<SweepKind, string> = {
  chunkSize:
    'Chunk size 1 sends a message per number: the messages cost more than the checks. Doubling the size halves that cost, then the returns diminish; the largest sizes leave too few chunks to balance the workers.',
  chunkCount:
    'With W workers, chunks run in rounds of W: one chunk fewer than a multiple of W leaves a worker idle, one more starts a lonely last round. The steps fade as the number of chunks grows.',
  order:
    'When the cost of a number grows along the range, ascending order leaves the costliest chunks for last and some workers finish early. Shuffling, or taking the costliest first, evens the tail out (the book measured about 2 %).',
};

const COLUMNS: Column<SweepPoint>[] = [
  { title: 'Chunks', cell: (p) => formatCount(p.chunks) },
  { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
  { title: 'Idle worker time', cell: (p) => `${(p.idleShare * 100).toFixed(1)} %` },
  { title: 'Primes found', cell: (p) => formatCount(p.primes) },
  { title: 'Start-up (apart)', cell: (p) => formatDuration(p.startUpMs) },
];

/** A sweep's measured points, chart and table. Memoised: it redraws when its sweep changes. */
export const PrimeSweepPanel = memo(function PrimeSweepPanel({ sweep, version }: { sweep: PrimeSweep; version: string }) {
  const points = useMemo(() => [...sweep.points], [sweep, version]);
  const total = sweep.steps.length;
  const workers = sweep.steps[0]?.params.workers ?? 1;
  const base = sweep.steps[0]?.params;
  const cores = logicalCores();
  const title = TITLES[sweep.kind];

  return (
    <section className="sweep" aria-label={title}>
      <h2>{title}</h2>
      <SeriesStatus
        series={sweep}
        stepName={(step) => step.label}
        done={`Done: ${total} runs of [${formatCount(base?.from ?? 0)}, ${formatCount(base?.to ?? 0)}) on ${workers} ${workers === 1 ? 'worker' : 'workers'}, fresh workers each time${base?.mode === 'threads' ? `, as threads under the simulated ${POLICY_LABELS[base.policy]}` : ''}.`}
        steps="runs"
      />
      <progress aria-label="Sweep progress" max={total} value={points.length} />
      <p className="lesson-note">{LESSONS[sweep.kind]}</p>
      {sweep.kind === 'chunkCount' && workers > cores ? (
        <p>
          {workers} workers share {cores} logical cores here, so rounds of {workers} chunks do not run at once and the steps
          blur. Use at most {cores} workers to see them.
        </p>
      ) : null}
      <figure className="sweep-chart">
        <figcaption>
          Wall time per run{sweep.kind === 'chunkSize' ? ', log scales; orange: Pool.map’s default chunk size' : ''} (start-up measured apart, not included)
        </figcaption>
        {sweep.kind === 'chunkSize' ? <ChunkSizeChart data={points.map((p) => ({ x: p.step.x, wallMs: p.wallMs, highlighted: p.step.isDefault }))} /> : null}
        {sweep.kind === 'chunkCount' ? (
          <ChunkCountChart data={points.map((p) => ({ x: p.step.x, wallMs: p.wallMs, highlighted: false }))} workers={workers} maxChunks={sweep.steps.at(-1)?.x ?? 1} />
        ) : null}
        {sweep.kind === 'order' ? <BarsChart data={points.map((p) => ({ label: p.step.label, value: p.wallMs }))} name="wall time" format={formatDuration} /> : null}
      </figure>
      <ExportButtons exportTask={() => exportTask('primes', sweep, primeExport)} laneName={(lane) => laneName(base?.mode ?? 'workers', lane)} />
      <Table
        label={`${title} results`}
        head={{ title: 'Run', cell: (p) => `${p.step.label}${p.step.isDefault ? ' (Pool.map default)' : ''}` }}
        columns={COLUMNS}
        rows={points}
        rowKey={(p) => p.step.label}
      />
    </section>
  );
});
