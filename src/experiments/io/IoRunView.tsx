import { memo, useMemo } from 'react';
import { RequestTimeline, type PendingRequest, type RequestBar } from '../../charts/RequestTimeline';
import { epochNow } from '../../clock';
import { formatCount, formatDuration } from '../../format';
import { Figure } from '../../lab/Figure';
import { REFERENCE, REQUEST_COLORS } from '../../theme';
import type { IoRecord } from './job';
import { clientLabel, idealWaitMs, serialWaitMs } from './params';
import { tallyRequests } from './summary';
import { hiddenSoFar } from './visibility';

const LEGEND: [keyof typeof REQUEST_COLORS, string][] = [
  ['queued', 'to the server, and queued there'],
  ['served', 'served: the latency'],
  ['back', 'back to the client, until taken up'],
  ['cpu', 'client CPU work'],
];

/** How the client's CPU work runs, in a few words. */
export function cpuPlaceText(record: IoRecord): string {
  const { settings } = record;
  if (settings.clientCpuMs <= 0) return 'none';
  const workers = Math.min(settings.cpuWorkers, settings.inFlight);
  return settings.cpuOn === 'page' ? 'on the page (one thread)' : `on ${workers} ${workers === 1 ? 'worker' : 'workers'}`;
}

/**
 * Everything a run shows while it goes: live figures and a bar per request. The record is
 * mutated in place; `version` says when it changed (at most once per live tick).
 */
export const IoRunView = memo(function IoRunView({ record, version }: { record: IoRecord; version: number }) {
  const live = useMemo(() => {
    const now = epochNow();
    const nowMs = record.wallMs ?? (record.runStartEpochMs === null ? 0 : now - record.runStartEpochMs);
    const bars: RequestBar[] = record.events.map(({ chunk, startMs, endMs, result }) => ({
      row: chunk,
      sentMs: startMs,
      servedMs: result.servedMs,
      answeredMs: result.answeredMs,
      cpuStartMs: result.cpuStartMs,
      doneMs: endMs,
    }));
    const pending: PendingRequest[] = record.inFlight.flatMap((sent) => (sent ? [{ row: sent.chunk, sentMs: sent.atMs }] : []));
    return { nowMs, bars, pending, tally: tallyRequests(record.events), hiddenMs: hiddenSoFar(record.instruments.visibility, now) };
  }, [record, version]);

  const { settings } = record;
  const { nowMs, bars, pending, tally, hiddenMs } = live;
  const started = record.runStartEpochMs !== null;
  const hidden = hiddenMs > 0 || record.instruments.visibility.hiddenAtStart;

  return (
    <section className="run-view" aria-label="Live run">
      {hidden ? (
        <p className="error-box" data-testid="hidden-tab-warning">
          This tab was hidden for {formatDuration(hiddenMs)} of the run. Browsers throttle a hidden tab’s timers, so this run is marked as taken in a hidden
          tab.
        </p>
      ) : null}
      {settings.clientCpuMs > 0 && settings.cpuOn === 'page' ? (
        <p className="lesson-note">
          The page computes here on purpose: each answer’s CPU work runs on the page’s one thread, in slices of a few milliseconds so the page stays responsive.
          That one thread is what limits a single-threaded client once answers come in faster than it can work through them.
        </p>
      ) : null}
      <div className="live-figures">
        <Figure
          label="Answered"
          value={`${formatCount(tally.requestsDone)} of ${formatCount(record.chunkCount)}`}
          note={settings.batchSize > 1 ? `requests of up to ${formatCount(settings.batchSize)} items` : 'requests'}
        />
        <Figure
          label="In flight now"
          value={started ? formatCount(pending.length) : '–'}
          note={`${clientLabel(settings).toLowerCase()}; most so far: ${formatCount(tally.mostInFlight)}`}
        />
        <Figure label="Elapsed" value={started ? formatDuration(nowMs) : '–'} />
        <Figure label="N × latency" value={formatDuration(serialWaitMs(settings))} note="what one request per item, one after another, waits" />
        <Figure label="At best" value={formatDuration(idealWaitMs(settings))} note="counting only the waits, for this client and server" />
        {settings.capacity !== null ? (
          <Figure
            label="Queued at the server"
            value={tally.meanQueuedMs === null ? '–' : formatDuration(tally.meanQueuedMs)}
            note={`per request, on average; capacity ${formatCount(settings.capacity)}`}
          />
        ) : null}
        {settings.clientCpuMs > 0 ? (
          <Figure
            label="Client CPU work"
            value={formatDuration(tally.clientCpuBusyMs)}
            note={`${cpuPlaceText(record)}; ${settings.clientCpuMs} ms per item asked`}
          />
        ) : null}
        <Figure
          label="Start-up"
          value={record.spawnMs === null ? 'starting…' : formatDuration(record.spawnMs + (record.warmUpMs ?? 0))}
          note={record.spawnMs === null ? 'starting the server' : 'spawn + warm-up; not in the timings'}
        />
      </div>
      <progress className="run-progress" aria-label="Progress" max={1} value={record.totalItems > 0 ? record.itemsDone / record.totalItems : 0} />
      <figure className="timeline-figure">
        <figcaption>
          A bar per request ({formatCount(bars.length)} of {formatCount(record.chunkCount)} done, pale while in flight).{' '}
          {LEGEND.map(([key, name]) => (
            <span key={key} className="legend-item">
              <span className="swatch" style={{ background: REQUEST_COLORS[key], border: `1px solid ${REFERENCE}` }} aria-hidden="true" /> {name}
            </span>
          ))}
        </figcaption>
        <RequestTimeline
          rows={record.chunkCount}
          bars={bars}
          pending={pending}
          spanMs={nowMs}
          label={`Timeline of ${bars.length} requests over ${formatDuration(nowMs)}, ${formatCount(pending.length)} in flight`}
        />
      </figure>
    </section>
  );
});
