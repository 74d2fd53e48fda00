import { memo, useMemo } from 'react';
import { Figure, StartUpFigure } from '../../lab/Figure';
import { LaneTable, type LaneColumn } from '../../lab/LaneTable';
import { ThreadsModeFigures } from '../../lab/threadsMode';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ChunkTimeline } from '../../charts/ChunkTimeline';
import { COST_GRADIENT, NEUTRAL, costColor } from '../../theme';
import { WorkerTimeChart } from '../../charts/WorkerTimeChart';
import { epochNow } from '../../clock';
import type { PrimeChunkResult } from '../../kernels/primes';
import type { ChunkEvent } from '../../pool/types';
import { workerTotals, type WorkerTotals } from '../../runs/record';
import type { PrimeRecord } from './job';
import { PrimeSummary } from './summary';
import { laneName, laneNoun } from '../../lab/lanes';

/** Per worker: time busy, waiting to be handed a chunk, and idle once nothing is left. */
const LANE_COLUMNS: LaneColumn<WorkerTotals>[] = [
  { title: 'Chunks', cell: (t) => formatCount(t.chunks) },
  { title: 'Numbers', cell: (t) => formatCount(t.items) },
  { title: 'Busy', cell: (t) => formatDuration(t.busyMs) },
  { title: 'Waiting for work', cell: (t) => formatDuration(t.waitingMs) },
  { title: 'Waiting per chunk', cell: (t) => (t.chunks > 0 ? formatDuration(t.waitingMs / t.chunks) : '–') },
  { title: 'Idle (nothing left)', cell: (t) => formatDuration(t.idleMs - t.waitingMs) },
];

interface Props {
  record: PrimeRecord;
  /** Changes when the view should repaint: up to ten times a second while the run goes. */
  version: number;
}

/**
 * Everything a run shows while it goes: live figures, the chunk timeline coloured by cost, and
 * per-worker busy, waiting and idle time. Memoised: typing in the settings must not redraw it.
 */
export const PrimeRunView = memo(function PrimeRunView({ record, version }: Props) {
  // One summary per record, fed only the events that arrived since the last repaint.
  const summary = useMemo(() => new PrimeSummary(), [record]);
  const live = useMemo(() => {
    const nowMs = record.wallMs ?? (record.runStartEpochMs === null ? 0 : epochNow() - record.runStartEpochMs);
    return { nowMs, tally: summary.catchUp(record.events), totals: workerTotals(record, nowMs) };
    // The record is mutated in place; `version` says when it changed.
  }, [summary, record, version]);

  const { tally, totals, nowMs } = live;
  const lane = laneNoun(record.mode);
  const nameOf = (w: number) => laneName(record.mode, w);
  const progress = record.totalItems > 0 ? record.itemsDone / record.totalItems : 0;
  const rate = nowMs > 0 ? (record.itemsDone / nowMs) * 1000 : 0;
  const waitingMs = totals.reduce((sum, t) => sum + t.waitingMs, 0);
  // Every chunk started so far was waited for, the running ones included.
  const chunksStarted = totals.reduce((sum, t) => sum + t.chunks, 0) + record.inFlight.filter(Boolean).length;
  const costOf = (bar: ChunkEvent<PrimeChunkResult>) => costColor(tally.maxChunkDivisions > 0 ? bar.result.divisions / tally.maxChunkDivisions : 0);

  return (
    <section className="run-view" aria-label="Live run">
      <div className="live-figures">
        <Figure label="Primes found" value={formatCount(tally.primes)} />
        <Figure label="Numbers checked" value={`${formatCompact(record.itemsDone)} of ${formatCompact(record.totalItems)}`} />
        <Figure label="Numbers per second" value={rate > 0 ? formatCompact(rate) : '–'} />
        <Figure label="Elapsed" value={record.runStartEpochMs === null ? '–' : formatDuration(nowMs)} />
        <Figure
          label="Asking for work"
          value={chunksStarted > 0 ? formatDuration(waitingMs) : '–'}
          note={`summed over workers${chunksStarted > 0 ? `; ${formatDuration(waitingMs / chunksStarted)} per chunk` : ''}: from the run’s start or a chunk’s end until the worker’s next chunk starts`}
        />
        {record.instruments ? <ThreadsModeFigures gil={record.instruments} threads={record.workers} nowMs={nowMs} /> : null}
        <StartUpFigure spawnMs={record.spawnMs} warmUpMs={record.warmUpMs} />
      </div>
      <progress className="run-progress" aria-label="Progress" max={1} value={progress} />

      <div className="charts">
        <figure className="wide">
          <figcaption>
            Chunk timeline: a lane per {lane}, a bar per chunk coloured by its trial divisions, pale while it runs ({formatCount(record.events.length)} of{' '}
            {formatCount(record.chunkCount)} done)
            {record.mode === 'threads'
              ? '. A bar starts when its thread first gets the GIL and includes the times the lock was passed to another thread mid-chunk.'
              : ''}
          </figcaption>
          <ChunkTimeline
            lanes={record.workers}
            laneLabel={nameOf}
            colorOf={() => NEUTRAL}
            bars={record.events}
            barColor={costOf}
            running={record.inFlight}
            spanMs={nowMs}
            label={`Timeline of ${record.events.length} chunks on ${record.workers} ${laneNoun(record.mode, record.workers)} over ${formatDuration(nowMs)}, coloured by cost`}
          />
          <div className="cost-legend" aria-hidden="true">
            <span>cheap</span>
            <span className="cost-ramp" style={{ background: COST_GRADIENT }} />
            <span>costly chunk ({formatCompact(tally.maxChunkDivisions)} trial divisions)</span>
          </div>
        </figure>
        <figure className="wide">
          <figcaption>Busy, waiting-for-work and idle time per {lane}</figcaption>
          <WorkerTimeChart data={totals.map((t) => ({ name: nameOf(t.worker), busyMs: t.busyMs, idleMs: t.idleMs, waitingMs: t.waitingMs }))} />
        </figure>
      </div>

      <LaneTable mode={record.mode} rows={totals} columns={LANE_COLUMNS} />
    </section>
  );
});
