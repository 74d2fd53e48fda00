import { memo, useMemo } from 'react';
import { WaitSweepChart, type WaitSweepPoint } from '../../charts/WaitSweepChart';
import { formatCount } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table } from '../../lab/Table';
import { exportTask } from '../../runs/exportFormat';
import { ioExport } from './export';
import { POINT_COLUMNS } from './pointColumns';
import type { IoTask } from './tasks';

const TITLES = { inFlight: 'In-flight sweep', batchSize: 'Batch-size sweep' } as const;

const LESSONS = {
  inFlight:
    'Each doubling of the limit halves the waiting while the server serves that many at once: the waits overlap, and waiting costs the client nothing. Past the server’s capacity more in flight only queue there; where the client has CPU work of its own, that work sets a floor no limit goes below. And each request still costs the page its two messages: with everything in flight the wall time stays above the ideal, as the book’s switching overhead does.',
  batchSize:
    'Each request is one wait, so batches of B make N / B waits. Bigger batches pay off until the waits are few and what is left (messages, CPU work per item) takes the time: the returns diminish.',
} as const;

/** A sweep's measured points against the ideal line, chart and table. Memoised: it redraws when its sweep changes. */
export const IoSweepPanel = memo(function IoSweepPanel({ sweep, version }: { sweep: IoTask; version: string }) {
  const kind = sweep.kind === 'batchSize' ? 'batchSize' : 'inFlight';
  const base = sweep.steps[0]?.params;
  const data = useMemo<WaitSweepPoint[]>(
    () =>
      sweep.steps.map((step) => {
        const point = sweep.points.find((p) => p.x === step.x);
        const ideal =
          sweep.kind === 'batchSize'
            ? Math.ceil(step.params.requests / step.x) * step.params.latencyMs
            : (step.params.requests * step.params.latencyMs) / step.x;
        return { x: step.x, idealMs: ideal > 0 ? ideal : undefined, wallMs: point?.wallMs, hidden: point?.hidden };
      }),
    [sweep, version],
  );
  const maxX = sweep.steps.at(-1)?.x ?? 1;
  const capacity = base?.capacity ?? null;
  const title = TITLES[kind];

  return (
    <section className="sweep" aria-label={title}>
      <h2>{title}</h2>
      <SeriesStatus
        series={sweep}
        stepName={(step) => step.label}
        done={`Done: ${sweep.steps.length} runs of ${formatCount(base?.requests ?? 0)} items, latency ${formatCount(base?.latencyMs ?? 0)} ms, a fresh server each time.`}
        steps="runs"
      />
      <progress aria-label="Sweep progress" max={sweep.steps.length} value={sweep.points.length} />
      <p className="lesson-note">{LESSONS[kind]}</p>
      <figure className="sweep-chart">
        <figcaption>Wall time per run, log scales (start-up measured apart, not included); dashed: the ideal, counting only the waits</figcaption>
        <WaitSweepChart
          data={data}
          xLabel={kind === 'inFlight' ? 'requests in flight at most (log scale)' : 'items per request (log scale)'}
          idealName={kind === 'inFlight' ? 'ideal: N × latency / limit' : 'ideal: ⌈N / batch size⌉ × latency'}
          marker={kind === 'inFlight' && capacity !== null && capacity <= maxX ? { x: capacity, label: `server capacity ${formatCount(capacity)}` } : null}
        />
      </figure>
      <ExportButtons exportTask={() => exportTask('io', sweep, ioExport)} laneName={(lane) => `in flight ${lane + 1}`} />
      <Table label={`${title} results`} head={{ title: 'Run', cell: (p) => p.label }} columns={POINT_COLUMNS} rows={sweep.points} rowKey={(p) => p.x} />
    </section>
  );
});
