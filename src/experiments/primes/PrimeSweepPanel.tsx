import { memo, useMemo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { BarsChart, ChunkCountChart, ChunkSizeChart } from '../../charts/SweepCharts';
import { logicalCores } from '../../platform';
import { POLICY_LABELS } from '../../gil/modes';
import type { PrimeSweep, SweepKind } from './sweep';
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

/** A sweep's measured points, chart and table. Memoised: it redraws when its sweep changes. */
export const PrimeSweepPanel = memo(function PrimeSweepPanel({ sweep, version }: { sweep: PrimeSweep; version: string }) {
  const points = useMemo(() => [...sweep.points], [sweep, version]);
  const done = points.length;
  const total = sweep.steps.length;
  const workers = sweep.steps[0]?.params.workers ?? 1;
  const base = sweep.steps[0]?.params;
  const cores = logicalCores();
  const title = TITLES[sweep.kind];

  return (
    <section className="sweep" aria-label={title}>
      <h2>{title}</h2>
      <p role="status">
        {sweep.status === 'running'
          ? `Measuring ${sweep.steps[done]?.label} (${done + 1} of ${total})…`
          : sweep.status === 'done'
            ? `Done: ${total} runs of [${formatCount(base?.from ?? 0)}, ${formatCount(base?.to ?? 0)}) on ${workers} ${workers === 1 ? 'worker' : 'workers'}, fresh workers each time${base?.mode === 'threads' ? `, as threads under the simulated ${POLICY_LABELS[base.policy]}` : ''}.`
            : sweep.status === 'stopped'
              ? `Stopped after ${done} of ${total} runs.`
              : `Failed: ${sweep.error}`}
      </p>
      <progress aria-label="Sweep progress" max={total} value={done} />
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
      <div className="table-scroll">
        <table aria-label={`${title} results`}>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Chunks</th>
              <th scope="col">Wall time</th>
              <th scope="col">Idle worker time</th>
              <th scope="col">Primes found</th>
              <th scope="col">Start-up (apart)</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.step.label}>
                <th scope="row">
                  {p.step.label}
                  {p.step.isDefault ? ' (Pool.map default)' : ''}
                </th>
                <td>{formatCount(p.chunks)}</td>
                <td>{formatDuration(p.wallMs)}</td>
                <td>{(p.idleShare * 100).toFixed(1)} %</td>
                <td>{formatCount(p.primes)}</td>
                <td>{formatDuration(p.startUpMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
