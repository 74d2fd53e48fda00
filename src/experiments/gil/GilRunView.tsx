import { REFERENCE, THREAD_STATE_COLORS } from '../../theme';
import { memo, useMemo, useState } from 'react';
import { Figure } from '../../lab/Figure';
import { formatCount, formatDuration } from '../../format';
import { StateTimeline, type StateStyle } from '../../charts/StateTimeline';
import { formatTimelineTime } from '../../format';
import { epochNow } from '../../clock';
import { readThreadFigures, readThreadLog, type ThreadFigures } from '../../gil/readStats';
import { Table, type Column } from '../../lab/Table';
import type { GilRecord } from './job';
import { PHASE_TITLES } from './job';
import { LOCK, STATE, threadCount } from '../../gil/shared';

const STATE_NAMES: Record<number, string> = {
  [STATE.RUNNING]: 'running',
  [STATE.WAITING]: 'waiting',
  [STATE.IO]: 'I/O',
  [STATE.GIL_FREE]: 'GIL-free work',
  [STATE.DONE]: 'done',
};

/** The timeline's colours for a simulated thread's states; failed attempts are marks. */
const THREAD_STATES: StateStyle = {
  colors: {
    [STATE.RUNNING]: THREAD_STATE_COLORS.running,
    [STATE.WAITING]: THREAD_STATE_COLORS.waiting,
    [STATE.IO]: THREAD_STATE_COLORS.io,
    [STATE.GIL_FREE]: THREAD_STATE_COLORS.gilFree,
  },
  markState: STATE.FAILED_ATTEMPT,
  markColor: THREAD_STATE_COLORS.failedAttempt,
};

const THREAD_COLUMNS: Column<ThreadFigures>[] = [
  { title: 'Now', cell: (f) => (f.state === null ? '–' : STATE_NAMES[f.state]) },
  { title: 'Running', cell: (f) => formatDuration(f.runningMs) },
  { title: 'Waiting', cell: (f) => formatDuration(f.waitingMs) },
  { title: 'I/O', cell: (f) => formatDuration(f.ioMs) },
  { title: 'GIL-free', cell: (f) => formatDuration(f.gilFreeMs) },
  { title: 'Acquisitions', cell: (f) => formatCount(f.acquisitions) },
  { title: 'Failed attempts', cell: (f) => formatCount(f.failedAttempts) },
  { title: 'Forced drops', cell: (f) => formatCount(f.forcedDrops) },
  { title: 'Hand-offs to it', cell: (f) => formatCount(f.handoffs) },
  { title: 'I/O rounds', cell: (f) => formatCount(f.ioRounds) },
];

interface Props {
  record: GilRecord;
  /** Changes when the view should repaint. */
  version: number;
}

/** A threads run as it goes: counters, the state timeline (zoomable), time per state. */
export const GilRunView = memo(function GilRunView({ record, version }: Props) {
  const { gil, plans, phase } = record.instruments;
  const title = PHASE_TITLES[phase];
  const [zoom, setZoom] = useState(1);
  const [position, setPosition] = useState(0);
  const live = useMemo(() => {
    const nowMs = record.wallMs ?? (record.runStartEpochMs === null ? 0 : epochNow() - record.runStartEpochMs);
    const figures = readThreadFigures(gil.buffers, nowMs);
    const logs = Array.from({ length: threadCount(gil.buffers) }, (_, t) => readThreadLog(gil.buffers, t));
    return { nowMs, figures, logs };
    // The shared memory changes under us; `version` says when to look again.
  }, [record, gil, version]);
  const { nowMs, figures, logs } = live;
  const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((total, f) => total + pick(f), 0);
  const handoffs = sum((f) => f.handoffs);
  const spanMs = Math.max(nowMs, 1e-3);
  const windowMs = spanMs / zoom;
  const fromMs = Math.min(spanMs - windowMs, (position / 100) * spanMs);

  return (
    <section className="run-view" aria-label={title}>
      <h3>{title}</h3>
      <div className="live-figures">
        <Figure
          label="Elapsed"
          value={record.runStartEpochMs === null ? 'starting…' : formatDuration(nowMs)}
          note={record.spawnMs === null ? 'starting the threads' : `${formatDuration(record.spawnMs + (record.warmUpMs ?? 0))} to start and warm up the threads; not in the timings`}
        />
        <Figure label="Lock hand-offs" value={formatCount(handoffs)} note={nowMs > 0 ? `${formatCount(Math.round((handoffs / nowMs) * 1000))} per second` : undefined} />
        <Figure label="Failed attempts" value={formatCount(sum((f) => f.failedAttempts))} note="woken, found the lock taken" />
        <Figure label="Forced drops" value={formatCount(sum((f) => f.forcedDrops))} note="holder asked to let go (new GIL)" />
        {gil.settings.policy === 'none' ? null : (
          <Figure label="Lock held" value={nowMs > 0 ? `${Math.min(100, (sum((f) => f.runningMs) / nowMs) * 100).toFixed(0)} %` : '–'} note="of the time so far; the rest it was free or changing hands" />
        )}
        <Figure label="Two holders at once" value={formatCount(Atomics.load(new Int32Array(gil.buffers.lock), LOCK.VIOLATIONS))} note="safety check: must stay 0" />
      </div>
      <figure className="timeline-figure">
        <figcaption>
          Timeline: a lane per thread.{' '}
          {[STATE.RUNNING, STATE.WAITING, STATE.IO, STATE.GIL_FREE].map((s) => (
            <span key={s} className="legend-item">
              <span className="swatch" style={{ background: THREAD_STATES.colors[s], border: `1px solid ${REFERENCE}` }} aria-hidden="true" /> {STATE_NAMES[s]}
            </span>
          ))}
          <span className="legend-item">
            <span className="swatch" style={{ background: THREAD_STATES.markColor }} aria-hidden="true" /> failed attempt
          </span>
        </figcaption>
        <StateTimeline
          logs={logs}
          laneLabel={(lane) => `thread ${lane + 1}`}
          style={THREAD_STATES}
          window={{ fromMs: Math.max(0, fromMs), toMs: Math.max(0, fromMs) + windowMs }}
          label={`State timeline of ${logs.length} threads from ${formatTimelineTime(Math.max(0, fromMs), windowMs / 10)} to ${formatTimelineTime(Math.max(0, fromMs) + windowMs, windowMs / 10)}`}
        />
        <div className="zoom-controls">
          <label>
            Zoom <input type="range" min={0} max={4} step={0.05} value={Math.log10(zoom)} onChange={(e) => setZoom(10 ** Number(e.target.value))} aria-valuetext={`${zoom.toFixed(zoom < 10 ? 1 : 0)}×`} />
          </label>
          <span>{zoom.toFixed(zoom < 10 ? 1 : 0)}×, {formatDuration(windowMs)} across</span>
          <label>
            Position <input type="range" min={0} max={100} step={0.1} value={position} onChange={(e) => setPosition(Number(e.target.value))} disabled={zoom <= 1} aria-valuetext={`from ${formatDuration(Math.max(0, fromMs))}`} />
          </label>
        </div>
      </figure>
      <Table
        label="Per-thread states"
        head={{ title: 'Thread', cell: (f) => `thread ${f.thread + 1}${plans[f.thread].role === 'io' ? ' (I/O)' : ''}` }}
        columns={THREAD_COLUMNS}
        rows={figures}
        rowKey={(f) => f.thread}
      />
      {figures.some((f) => f.logFull) ? <p className="how-measured">Some threads filled their state log: the timeline stops where it filled; the counters and times went on.</p> : null}
    </section>
  );
});
