import { memo, useMemo } from 'react';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { ResultSection } from '../../lab/ResultSection';
import { exportTask } from '../../runs/exportFormat';
import { ioExport } from './export';
import { cpuPlaceText } from './IoRunView';
import { clientLabel, idealWaitMs, requestCount, serialWaitMs } from './params';
import { tallyRequests, waitingShare } from './summary';
import type { IoTask } from './tasks';
import { wasHidden } from './visibility';

export const HOW_MEASURED =
  'Measured in this browser, on one clock for every thread (performance.timeOrigin + performance.now()): the page stamps when it sent a request, when the answer arrived and its CPU work on the page; the server’s worker stamps when a request arrived, was served (got a place) and was answered; a CPU worker stamps its own work. The server waits each latency with a real setTimeout, which can fire late, never early. Wall time runs from the first request sent to the last answer done, after the server (and any CPU workers) started and warmed up.';

/** How the run ended up against N × latency and against its ideal, as large figures. */
function Ratios({ wallMs, serialMs, idealMs }: { wallMs: number; serialMs: number; idealMs: number }) {
  return (
    <div className="ratios">
      <div>
        <div className="ratio" data-testid="ratio-serial">
          {serialMs > 0 ? `${(wallMs / serialMs).toFixed(3)}×` : '–'}
        </div>
        <div>N × latency ({formatDuration(serialMs)})</div>
      </div>
      <div>
        <div className="ratio" data-testid="ratio-ideal">
          {idealMs > 0 ? `${(wallMs / idealMs).toFixed(2)}×` : '–'}
        </div>
        <div>the least this client can wait ({formatDuration(idealMs)})</div>
      </div>
    </div>
  );
}

/** The outcome of a finished (or stopped) run, stated in words and numbers. Memoised, as IoRunView. */
export const IoResult = memo(function IoResult({ task }: { task: IoTask }) {
  const record = task.current!;
  const tally = useMemo(() => tallyRequests(record.events), [record]);
  const s = record.settings;
  const stopped = task.status === 'stopped';
  const wallMs = record.wallMs ?? 0;
  const visibility = record.instruments.visibility;
  const share = stopped ? null : waitingShare(tally, wallMs);
  const requests = requestCount(s);

  return (
    <ResultSection
      stopped={stopped}
      notice={record.runStartEpochMs === null ? 'Stopped while the server was starting: nothing was measured.' : null}
      headline={!stopped && record.wallMs !== null ? <Ratios wallMs={wallMs} serialMs={serialWaitMs(s)} idealMs={idealWaitMs(s)} /> : null}
      rows={[
        { term: 'Client', value: clientLabel(s), testId: 'client' },
        {
          term: 'Requests',
          value: `${formatCount(tally.requestsDone)} of ${formatCount(requests)} answered, ${formatCount(tally.itemsDone)} of ${formatCount(s.requests)} items${s.batchSize > 1 ? ` (batches of up to ${formatCount(s.batchSize)})` : ''}`,
          testId: 'requests',
        },
        { term: 'Wall time', value: record.wallMs === null ? '–' : formatDuration(wallMs), testId: 'wall-time' },
        { term: 'Most in flight at once', value: formatCount(tally.mostInFlight), testId: 'most-in-flight' },
        {
          term: 'Server',
          value: `latency ${formatCount(s.latencyMs)} ms${s.jitterMs > 0 ? ` ± ${formatCount(s.jitterMs)} ms` : ''}, capacity ${s.capacity === null ? 'unlimited' : formatCount(s.capacity)}${s.serverCpuMs > 0 ? `, ${s.serverCpuMs} ms CPU per item` : ''}; served at most ${formatCount(tally.mostServedAtOnce)} at once`,
        },
        {
          term: 'Measured waits',
          value:
            tally.meanWaitMs === null
              ? '–'
              : `${formatDuration(tally.meanWaitMs)} per request on the server’s timer (${formatDuration(tally.meanLatencyMs ?? 0)} asked), ${formatDuration(tally.meanQueuedMs ?? 0)} queued there`,
        },
        {
          term: 'Client CPU work',
          value:
            s.clientCpuMs > 0
              ? `${s.clientCpuMs} ms per item asked, ${formatCompact(s.clientDartsPerItem)} darts (this page throws ${formatCompact(s.dartsPerMs ?? 0)} per ms); ${formatDuration(tally.meanClientCpuMs ?? 0)} per request measured, ${cpuPlaceText(record)}; busy ${formatDuration(tally.clientCpuBusyMs)} in all`
              : 'none',
        },
        {
          term: 'Only waiting',
          value: share === null ? '–' : `${(share * 100).toFixed(1)} % of the wall time: the client had no CPU work of its own going on`,
          testId: 'waiting-share',
        },
        {
          term: 'Tab',
          value: wasHidden(visibility)
            ? `hidden for ${formatDuration(visibility.hiddenMs)} of the run${visibility.hiddenAtStart ? ' (from its start)' : ''}: taken in a hidden tab, whose timers the browser throttles; run it again with the tab in view`
            : 'in view throughout',
          testId: 'tab',
        },
        {
          term: 'Start-up',
          value:
            record.spawnMs === null
              ? 'stopped before the server answered'
              : `${formatDuration(record.spawnMs)} spawn + ${formatDuration(record.warmUpMs ?? 0)} warm-up; not in the wall time`,
        },
      ]}
      howMeasured={HOW_MEASURED}
      exports={<ExportButtons exportTask={() => exportTask('io', task, ioExport)} laneName={(lane) => `in flight ${lane + 1}`} />}
    />
  );
});
