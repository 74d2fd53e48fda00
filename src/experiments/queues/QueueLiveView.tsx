import { memo, useMemo } from 'react';
import { DepthChart, type DepthLine } from '../../charts/DepthChart';
import { epochNow } from '../../clock';
import { formatCompact, formatCount } from '../../format';
import { Figure } from '../../lab/Figure';
import { LaneTable, type LaneColumn } from '../../lab/LaneTable';
import { WAY_LABELS } from './params';
import type { QueueRecord } from './queueJob';
import { laneRows, takenSoFar, type LaneRow, type QueueLive } from './queueLive';

const micros = (value: number | null) => (value === null ? '–' : `${value < 10 ? value.toFixed(2) : Math.round(value)} µs`);

const COLUMNS: LaneColumn<LaneRow>[] = [
  { title: 'Sent to it per second', cell: (r) => (r.sentRate === null ? 'one shared queue' : formatCompact(r.sentRate)) },
  { title: 'Numbers taken', cell: (r) => formatCount(r.taken) },
  { title: 'Taken per second', cell: (r) => (r.rate === null ? '–' : formatCompact(r.rate)) },
  { title: 'Primes put back', cell: (r) => formatCount(r.primes) },
  { title: 'Computing per number', cell: (r) => micros(r.computeMicros) },
  { title: 'Communicating per number', cell: (r) => micros(r.communicateMicros) },
  { title: 'Poison pill', cell: (r) => (r.pill ? 'taken' : '–') },
  { title: 'Finished flag', cell: (r) => (r.finished ? 'counted' : '–') },
];

/** Depth lines: a queue per worker (messages), or the one shared queue. */
function depthLines(live: QueueLive): DepthLine[] {
  if (live.way === 'ring') return [{ name: 'the shared work queue', points: live.depth }];
  return live.lanes.map((_, lane) => ({ name: `worker ${lane + 1}’s port`, points: live.depth.filter((d) => d.lane === lane) }));
}

interface Props {
  record: QueueRecord;
  /** Changes when the view should repaint: up to ten times a second while the run goes. */
  version: number;
}

/**
 * A queue run as it goes: what the page has sent, each worker's rate and the split of its time
 * (from the summaries it sends a few times a second), the queues' depth, the pills and flags.
 */
export const QueueLiveView = memo(function QueueLiveView({ record, version }: Props) {
  const live = record.instruments;
  const view = useMemo(() => {
    const nowMs = record.wallMs ?? (record.runStartEpochMs === null ? 0 : epochNow() - record.runStartEpochMs);
    return {
      nowMs,
      rows: laneRows(live, record.runStartEpochMs === null ? 0 : record.runStartEpochMs + nowMs),
      lines: depthLines(live),
      taken: takenSoFar(live),
    };
    // The record is mutated in place; `version` says when it changed.
  }, [record, live, version]);
  const { nowMs, rows, lines } = view;
  const title = `${WAY_LABELS[live.way]}${live.way === 'none' ? ' (one worker)' : ` on ${live.workers} ${live.workers === 1 ? 'worker' : 'workers'}`}`;

  if (live.way === 'none') {
    return (
      <section className="run-view" aria-label="Live run">
        <h3>{title}</h3>
        <p>One worker checks every number in a plain loop and sends back two numbers: how many primes, and their sum. Nothing else is said.</p>
        <div className="live-figures">
          <Figure label="Primes found" value={record.status === 'done' ? formatCount(live.primes) : '…'} />
        </div>
      </section>
    );
  }
  return (
    <section className="run-view" aria-label="Live run">
      <h3>{title}</h3>
      <div className="live-figures">
        <Figure
          label="Numbers sent by the page"
          value={`${formatCompact(live.sent)} of ${formatCompact(live.total)}`}
          note={nowMs > 0 ? `${formatCompact((live.sent / nowMs) * 1000)} per second` : undefined}
        />
        <Figure label="Numbers the workers took" value={formatCompact(view.taken)} note="as of their last summaries" />
        <Figure label="Primes received" value={formatCount(live.primes)} />
        <Figure label="Poison pills sent" value={`${live.pillsSent} of ${live.workers}`} />
        <Figure label="Finished flags counted" value={`${live.finishedFlags} of ${live.workers}`} />
      </div>
      <LaneTable mode="workers" rows={rows} columns={COLUMNS} />
      <figure className="timeline-figure">
        <figcaption>
          Numbers waiting in the queue{live.way === 'ring' ? '' : 's'} over the run (
          {live.way === 'ring' ? 'read by the page from the shared queue' : 'sent to a worker’s port, less what it had taken by its summary'})
        </figcaption>
        <DepthChart lines={lines} spanMs={nowMs} />
      </figure>
    </section>
  );
});
