import { useMemo } from 'react';
import { Elapsed } from '../../app/Elapsed';
import { formatCompact, formatCount, formatDuration } from '../../app/parseNumber';
import { ChunkTimeline } from '../../charts/ChunkTimeline';
import { ConvergenceChart } from '../../charts/ConvergenceChart';
import { Dartboard } from '../../charts/Dartboard';
import { workerColor } from '../../charts/palette';
import { WorkerTimeChart } from '../../charts/WorkerTimeChart';
import { workerTotals } from '../../runs/record';
import type { PiRecord } from './job';
import { convergenceSeries, dartGroups, tallyPi } from './summary';

interface Props {
  record: PiRecord;
  /** Changes whenever the record does. */
  version: number;
  running: boolean;
}

/** Everything a run shows: live figures, charts, the per-worker table. */
export function PiRunView({ record, version, running }: Props) {
  const derived = useMemo(() => {
    const nowMs = record.runStartEpochMs === null ? 0 : performance.timeOrigin + performance.now() - record.runStartEpochMs;
    const spanMs = record.wallMs ?? Math.max(nowMs, ...record.events.map((e) => e.endMs));
    return {
      spanMs,
      tally: tallyPi(record.events, record.workers),
      totals: workerTotals(record.events, record.workers, spanMs),
      convergence: convergenceSeries(record.events),
      darts: dartGroups(record.events),
      bars: record.events.map((e) => ({ lane: e.worker, startMs: e.startMs, endMs: e.endMs, color: workerColor(e.worker) })),
    };
    // The record is mutated in place; `version` says when it changed.
  }, [record, version]);

  const { tally, totals, spanMs } = derived;
  const laneName = (w: number) => (record.mode === 'mainThread' ? 'main' : `worker ${w + 1}`);
  const workerTimes = totals.map((t) => ({ name: laneName(t.worker), busyMs: t.busyMs, idleMs: t.idleMs }));
  const progress = record.totalItems > 0 ? record.itemsDone / record.totalItems : 0;
  const rate = spanMs > 0 ? (record.itemsDone / spanMs) * 1000 : 0;

  return (
    <section className="run-view" aria-label="Live run">
      <div className="live-figures">
        <Figure label="Estimate" value={tally.samples > 0 ? tally.estimate.toFixed(6) : '–'} note={tally.samples > 0 ? `± ${tally.standardError.toPrecision(2)} (1 standard error)` : undefined} />
        <Figure
          label="Distance to π"
          value={tally.samples > 0 ? Math.abs(tally.error).toPrecision(2) : '–'}
          note={tally.samples > 0 ? `${(Math.abs(tally.error) / tally.standardError).toFixed(1)} standard errors` : undefined}
        />
        <Figure label="Samples done" value={`${formatCompact(record.itemsDone)} of ${formatCompact(record.totalItems)}`} />
        <Figure label="Samples per second" value={rate > 0 ? formatCompact(rate) : '–'} />
        <Figure label="Elapsed" value={<Elapsed startEpochMs={record.runStartEpochMs} finalMs={record.wallMs} running={running} />} />
        <Figure
          label="Spawn time"
          value={record.mode === 'mainThread' ? 'none' : record.spawnMs === null ? 'starting…' : formatDuration(record.spawnMs)}
          note="starting the workers; not in the timings"
        />
      </div>
      <progress className="run-progress" aria-label="Progress" max={1} value={progress} />

      <div className="charts">
        <figure>
          <figcaption>Dartboard: a sample of the darts, coloured by worker</figcaption>
          <Dartboard groups={derived.darts} label={`${formatCount(derived.darts.reduce((n, g) => n + g.points.length / 2, 0))} sampled darts, coloured by ${record.mode === 'mainThread' ? 'thread' : 'worker'}`} />
        </figure>
        <figure>
          <figcaption>Busy and idle time per {record.mode === 'mainThread' ? 'thread' : 'worker'}</figcaption>
          <WorkerTimeChart data={workerTimes} />
        </figure>
        <figure className="wide">
          <figcaption>Chunk timeline: a lane per worker, a bar per chunk ({formatCount(record.events.length)} of {formatCount(record.chunkCount)} done)</figcaption>
          <ChunkTimeline
            lanes={record.workers}
            laneLabel={laneName}
            bars={derived.bars}
            spanMs={spanMs}
            label={`Timeline of ${record.events.length} chunks on ${record.workers} ${record.mode === 'mainThread' ? 'thread' : 'workers'} over ${formatDuration(spanMs)}`}
          />
        </figure>
        <figure className="wide">
          <figcaption>Convergence: the estimate as darts add up, inside π ± 3 standard errors</figcaption>
          <ConvergenceChart data={derived.convergence} />
        </figure>
      </div>

      <table className="per-worker" aria-label="Per-worker counts">
        <caption>Per worker</caption>
        <thead>
          <tr>
            <th scope="col">{record.mode === 'mainThread' ? 'Thread' : 'Worker'}</th>
            <th scope="col">Chunks</th>
            <th scope="col">Samples</th>
            <th scope="col">Darts inside</th>
            <th scope="col">Busy</th>
            <th scope="col">Idle</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.worker}>
              <th scope="row">
                <span className="swatch" style={{ background: workerColor(t.worker) }} aria-hidden="true" /> {laneName(t.worker)}
              </th>
              <td>{formatCount(t.chunks)}</td>
              <td>{formatCount(tally.perWorker[t.worker].samples)}</td>
              <td>{formatCount(tally.perWorker[t.worker].inside)}</td>
              <td>{formatDuration(t.busyMs)}</td>
              <td>{formatDuration(t.idleMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: React.ReactNode; note?: string }) {
  return (
    <div className="figure">
      <div className="figure-label">{label}</div>
      <div className="figure-value">{value}</div>
      {note ? <div className="figure-note">{note}</div> : null}
    </div>
  );
}
