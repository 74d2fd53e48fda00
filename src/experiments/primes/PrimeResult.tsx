import { memo, useMemo } from 'react';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { KERNEL_LABELS } from '../../kernels/kernelNames';
import { laneName, MODE_LABELS } from '../../lab/lanes';
import { ResultSection } from '../../lab/ResultSection';
import { threadsModeResult } from '../../lab/threadsMode';
import { exportTask } from '../../runs/exportFormat';
import { primeExport } from './export';
import type { PrimeRunTask } from './job';
import { ORDERS, STRATEGIES } from './params';
import { idleSummary, tallyPrimes } from './summary';

/** The outcome of a finished (or stopped) run, stated in words and numbers. Memoised, as PrimeRunView. */
export const PrimeResult = memo(function PrimeResult({ task, kernelLesson }: { task: PrimeRunTask; kernelLesson: string | null }) {
  const record = task.current!;
  const tally = useMemo(() => tallyPrimes(record.events), [record]);
  const idle = useMemo(() => idleSummary(record), [record]);
  const { settings } = record;
  const stopped = task.status === 'stopped';
  const wallMs = record.wallMs ?? 0;
  const strategy = STRATEGIES.find((s) => s.value === record.strategy)?.label ?? record.strategy;
  const order = ORDERS.find((o) => o.value === settings.order)?.label ?? settings.order;

  return (
    <ResultSection
      stopped={stopped}
      notice={record.runStartEpochMs === null ? 'Stopped while the workers were starting: nothing was measured.' : null}
      rows={[
        { term: 'Primes found', value: formatCount(tally.primes), testId: 'primes-found' },
        {
          term: 'Range',
          value: `[${formatCount(settings.from)}, ${formatCount(settings.to)}): ${formatCount(tally.checked)} of ${formatCount(record.totalItems)} numbers checked${settings.skipEven ? ' (2 and the odd numbers only)' : ''}`,
        },
        { term: 'Wall time', value: record.wallMs === null ? '–' : formatDuration(wallMs) },
        { term: 'Numbers per second', value: wallMs > 0 ? formatCompact((tally.checked / wallMs) * 1000) : '–' },
        { term: 'Workers', value: formatCount(record.workers) },
        { term: 'Mode', value: MODE_LABELS[record.mode] },
        record.instruments ? threadsModeResult(record.instruments, record.workers, wallMs) : null,
        { term: 'Kernel', value: `${KERNEL_LABELS[settings.kernel]}${kernelLesson ? `: ${kernelLesson}` : ''}` },
        { term: 'Strategy', value: strategy },
        { term: 'Order', value: `${order}${settings.shuffleSeed !== null ? ` (shuffle seed ${settings.shuffleSeed})` : ''}` },
        {
          term: 'Chunks',
          value: `${formatCount(record.chunkCount)} of up to ${formatCount(settings.chunkSize)} numbers${settings.chunkSizeIsDefault ? ' (Pool.map’s default chunk size)' : ''}; ${formatCount(record.events.length)} done`,
        },
        {
          term: 'Idle worker time',
          value:
            record.wallMs === null
              ? '–'
              : stopped
                ? 'not measured: Stop cut chunks off mid-way'
                : `${(idle.idleShare * 100).toFixed(1)} % of ${record.workers} × ${formatDuration(wallMs)}: ${formatDuration(idle.waitingMs)} waiting for work (${formatDuration(idle.waitingPerChunkMs)} per chunk), ${formatDuration(idle.tailMs)} with nothing left to do`,
        },
        { term: 'Trial divisions', value: formatCount(tally.divisions) },
        { term: 'Some primes found', value: tally.samplePrimes.length > 0 ? tally.samplePrimes.map(formatCount).join(', ') : 'none' },
        {
          term: 'Start-up',
          value: record.spawnMs === null ? 'stopped before every worker answered' : `${formatDuration(record.spawnMs)} spawn + ${formatDuration(record.warmUpMs ?? 0)} warm-up; not in the wall time`,
        },
      ]}
      howMeasured="Measured in this browser: each chunk is timed inside the worker that ran it, on one clock (performance.timeOrigin + performance.now()). Wall time runs from the first chunk handed out to the end of the last one, after every worker has started and checked a few thousand warm-up numbers. Waiting for work is the time from the run’s start, or the end of a worker’s chunk, until its next chunk starts (messages both ways, and the wait for the page to hand the chunk out); idle is the time after its last chunk."
      exports={<ExportButtons exportTask={() => exportTask('primes', task, primeExport)} laneName={(lane) => laneName(record.mode, lane)} />}
    />
  );
});
