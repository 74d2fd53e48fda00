import { memo, useMemo } from 'react';
import { formatCompact, formatCount, formatDuration } from '../../format';
import type { PrimeChunkResult } from '../../kernels/primes';
import { ExportButtons } from '../../runs/ExportButtons';
import type { PrimeRecord } from './job';
import { ORDERS, STRATEGIES } from './params';
import { idleSummary, tallyPrimes } from './summary';
import { GilModeResult } from '../GilModeFigures';
import { MODE_LABELS } from '../../runs/modeLabels';

const resultFields = (r: PrimeChunkResult) => ({ checked: r.checked, primes: r.primes, divisions: r.divisions });

/** The outcome of a finished (or stopped) run, stated in words and numbers. Memoised, as PrimeRunView. */
export const PrimeResult = memo(function PrimeResult({ record }: { record: PrimeRecord }) {
  const tally = useMemo(() => tallyPrimes(record.events), [record]);
  const idle = useMemo(() => idleSummary(record), [record]);
  const { params } = record;
  const stopped = record.status === 'stopped';
  const wallMs = record.wallMs ?? 0;
  const strategy = STRATEGIES.find((s) => s.value === record.strategy)?.label ?? record.strategy;
  const order = ORDERS.find((o) => o.value === params.order)?.label ?? params.order;

  return (
    <section className="result" role="region" aria-label="Result">
      <h2>Result{stopped ? ' (stopped early)' : ''}</h2>
      {record.runStartEpochMs === null ? <p>Stopped while the workers were starting: nothing was measured.</p> : null}
      <dl>
        <dt>Primes found</dt>
        <dd data-testid="primes-found">{formatCount(tally.primes)}</dd>
        <dt>Range</dt>
        <dd>
          [{formatCount(params.from)}, {formatCount(params.to)}): {formatCount(tally.checked)} of {formatCount(record.totalItems)} numbers checked
          {params.skipEven ? ' (2 and the odd numbers only)' : ''}
        </dd>
        <dt>Wall time</dt>
        <dd>{record.wallMs === null ? '–' : formatDuration(wallMs)}</dd>
        <dt>Numbers per second</dt>
        <dd>{wallMs > 0 ? formatCompact((tally.checked / wallMs) * 1000) : '–'}</dd>
        <dt>Workers</dt>
        <dd>{formatCount(record.workers)}</dd>
        <dt>Mode</dt>
        <dd>{MODE_LABELS[record.mode]}</dd>
        <GilModeResult record={record} wallMs={wallMs} />
        <dt>Strategy</dt>
        <dd>{strategy}</dd>
        <dt>Order</dt>
        <dd>{order}{record.shuffleSeed !== null ? ` (shuffle seed ${record.shuffleSeed})` : ''}</dd>
        <dt>Chunks</dt>
        <dd>
          {formatCount(record.chunkCount)} of up to {formatCount(params.chunkSize)} numbers
          {params.chunkSizeIsDefault ? ' (Pool.map’s default chunk size)' : ''}; {formatCount(record.events.length)} done
        </dd>
        <dt>Idle worker time</dt>
        <dd>
          {record.wallMs === null
            ? '–'
            : stopped
              ? 'not measured: Stop cut chunks off mid-way'
              : `${(idle.idleShare * 100).toFixed(1)} % of ${record.workers} × ${formatDuration(wallMs)}: ${formatDuration(idle.waitingMs)} waiting for work (${formatDuration(idle.waitingPerChunkMs)} per chunk), ${formatDuration(idle.tailMs)} with nothing left to do`}
        </dd>
        <dt>Trial divisions</dt>
        <dd>{formatCount(tally.divisions)}</dd>
        <dt>Some primes found</dt>
        <dd>{tally.samplePrimes.length > 0 ? tally.samplePrimes.map(formatCount).join(', ') : 'none'}</dd>
        <dt>Start-up</dt>
        <dd>{record.spawnMs === null ? 'stopped before every worker answered' : `${formatDuration(record.spawnMs)} spawn + ${formatDuration(record.warmUpMs ?? 0)} warm-up; not in the wall time`}</dd>
      </dl>
      <p className="how-measured">
        Measured in this browser: each chunk is timed inside the worker that ran it, on one clock (performance.timeOrigin +
        performance.now()). Wall time runs from the first chunk handed out to the last result received, after every worker
        has started and checked a few thousand warm-up numbers. Waiting for work is the time from the run’s start, or the
        end of a worker’s chunk, until its next chunk starts (messages both ways, and the wait for the page to hand the
        chunk out); idle is the time after its last chunk.
      </p>
      <ExportButtons record={record} resultFields={resultFields} />
    </section>
  );
});
