import { memo, useMemo } from 'react';
import { Figure, StartUpFigure } from '../../lab/Figure';
import { LaneTable, type LaneColumn } from '../../lab/LaneTable';
import { ThreadsModeFigures } from '../../lab/threadsMode';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ChunkTimeline } from '../../charts/ChunkTimeline';
import { ConvergenceChart } from '../../charts/ConvergenceChart';
import { Dartboard } from '../../charts/Dartboard';
import { workerColor } from '../../theme';
import { WorkerTimeChart } from '../../charts/WorkerTimeChart';
import { epochNow } from '../../clock';
import { workerTotals, type WorkerTotals } from '../../runs/record';
import type { PiRecord } from './job';
import { PiSummary, type PiTally } from './summary';
import { laneName, laneNoun } from '../../lab/lanes';

interface Props {
  record: PiRecord;
  /** Changes when the view should repaint: up to ten times a second while the run goes. */
  version: number;
}

/**
 * Everything a run shows while it goes: live figures, charts, the per-worker table. Memoised:
 * typing in the settings must not redraw a timeline of thousands of chunks.
 */
export const PiRunView = memo(function PiRunView({ record, version }: Props) {
  // One summary per record, fed only the events that arrived since the last repaint.
  const summary = useMemo(() => new PiSummary(record.workers, record.chunkCount), [record]);
  const live = useMemo(() => {
    summary.catchUp(record.events);
    const nowMs = record.wallMs ?? (record.runStartEpochMs === null ? 0 : epochNow() - record.runStartEpochMs);
    return { nowMs, tally: summary.tally(), totals: workerTotals(record, nowMs), convergence: summary.convergence() };
    // The record is mutated in place; `version` says when it changed.
  }, [summary, record, version]);

  const { tally, totals, nowMs } = live;
  const onMainThread = record.mode === 'mainThread';
  const onThreads = record.mode === 'threads';
  const lane = laneNoun(record.mode);
  const nameOf = (w: number) => laneName(record.mode, w);
  const progress = record.totalItems > 0 ? record.itemsDone / record.totalItems : 0;
  const rate = nowMs > 0 ? (record.itemsDone / nowMs) * 1000 : 0;
  const longTasks = record.page.longTasks;

  return (
    <section className="run-view" aria-label="Live run">
      <div className="live-figures">
        <Figure
          label="Estimate"
          value={tally.samples > 0 ? tally.estimate.toFixed(6) : '–'}
          note={tally.samples > 0 ? `± ${tally.standardError.toPrecision(2)} (1 standard error)` : undefined}
        />
        <Figure
          label="Distance to π"
          value={tally.samples > 0 ? Math.abs(tally.deviation).toPrecision(2) : '–'}
          note={tally.samples > 0 ? `${(Math.abs(tally.deviation) / tally.standardError).toFixed(1)} standard errors` : undefined}
        />
        <Figure label="Samples done" value={`${formatCompact(record.itemsDone)} of ${formatCompact(record.totalItems)}`} />
        <Figure label="Samples per second" value={rate > 0 ? formatCompact(rate) : '–'} />
        <Figure label="Elapsed" value={record.runStartEpochMs === null ? '–' : formatDuration(nowMs)} />
        {onMainThread ? null : <StartUpFigure spawnMs={record.spawnMs} warmUpMs={record.warmUpMs} />}
        {onMainThread ? (
          <Figure
            label="Page frame rate"
            value={record.page.framesPerSecond === null ? '–' : `${Math.round(record.page.framesPerSecond)} fps`}
            note="a smooth page paints 60; while a chunk runs it paints none"
          />
        ) : null}
        {record.instruments ? <ThreadsModeFigures gil={record.instruments} threads={record.workers} nowMs={nowMs} /> : null}
        <Figure label="Long tasks on the page" value={formatCount(longTasks)} note={longTasksNote(record, longTasks)} />
      </div>
      <progress className="run-progress" aria-label="Progress" max={1} value={progress} />

      <div className="charts">
        <figure>
          <figcaption>Dartboard: a sample of the darts, coloured by {lane}</figcaption>
          <Dartboard
            groups={summary.darts}
            label={`${formatCount(summary.darts.reduce((n, g) => n + g.points.length / 2, 0))} sampled darts, coloured by ${lane}`}
          />
        </figure>
        <figure>
          <figcaption>Busy and idle time per {lane}</figcaption>
          <WorkerTimeChart data={totals.map((t) => ({ name: nameOf(t.worker), busyMs: t.busyMs, idleMs: t.idleMs }))} />
        </figure>
        <figure className="wide">
          <figcaption>
            Chunk timeline: a lane per {lane}, a bar per chunk, pale while it runs ({formatCount(record.events.length)} of {formatCount(record.chunkCount)}{' '}
            done)
            {onThreads ? '. A bar starts when its thread first gets the GIL and includes the times the lock was passed to another thread mid-chunk.' : ''}
          </figcaption>
          <ChunkTimeline
            lanes={record.workers}
            laneLabel={nameOf}
            colorOf={workerColor}
            bars={record.events}
            running={record.inFlight}
            spanMs={nowMs}
            label={`Timeline of ${record.events.length} chunks on ${record.workers} ${laneNoun(record.mode, record.workers)} over ${formatDuration(nowMs)}`}
          />
        </figure>
        <figure className="wide">
          <figcaption>Convergence: the estimate as darts add up, inside π ± 3 standard errors</figcaption>
          <ConvergenceChart data={live.convergence} />
        </figure>
      </div>

      <LaneTable mode={record.mode} rows={totals} columns={laneColumns(tally)} />
    </section>
  );
});

function longTasksNote(record: PiRecord, longTasks: number): string {
  if (longTasks === 0) return 'tasks over 50 ms on the page’s own thread';
  const longest = `longest ${formatDuration(record.page.longestTaskMs)}`;
  if (record.mode === 'mainThread') return `${longest}: the page could not respond meanwhile`;
  // With more workers than cores, the operating system shares the cores with the page too.
  if (record.workers > record.environment.logicalCores) return `${longest}: more workers than cores, so the page waits for a core`;
  return longest;
}

/** The per-worker table: chunks and darts from the tally, time from the run's event log. */
function laneColumns(tally: PiTally): LaneColumn<WorkerTotals>[] {
  return [
    { title: 'Chunks', cell: (t) => formatCount(t.chunks) },
    { title: 'Samples', cell: (t) => formatCount(tally.perWorker[t.worker].samples) },
    { title: 'Darts inside', cell: (t) => formatCount(tally.perWorker[t.worker].inside) },
    { title: 'Busy', cell: (t) => formatDuration(t.busyMs) },
    { title: 'Idle', cell: (t) => formatDuration(t.idleMs) },
  ];
}
