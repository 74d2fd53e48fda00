import { memo, useMemo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { ResultSection } from '../../lab/ResultSection';
import { exportTask } from '../../runs/exportFormat';
import { gilExport } from './export';
import type { GilTask } from './job';
import { POLICIES, WORKLOADS } from './params';
import { summariseGilTask, type GilSummary, type Spread } from './summary';

/** The outcome of a finished comparison, stated in words and numbers. */
export const GilResult = memo(function GilResult({ task }: { task: GilTask }) {
  const summary = useMemo(() => summariseGilTask(task), [task]);
  if (!summary) return null;
  const policy = POLICIES.find((p) => p.value === summary.mode)?.label ?? summary.mode;
  const workload = WORKLOADS.find((w) => w.value === summary.workload)?.label ?? summary.workload;
  const over = summary.repeats === 1 ? 'measured once' : `median of ${summary.repeats}`;

  return (
    <ResultSection
      stopped={false}
      headline={
        <div className="ratios">
          <div>
            <div className="ratio" data-testid="ratio-one-thread">
              {summary.ratio.toFixed(2)}×
            </div>
            <div>the time one thread takes for all the work</div>
          </div>
          <div>
            <div className="ratio" data-testid="ratio-processes">
              {summary.ratioToProcesses.toFixed(2)}×
            </div>
            <div>the time free workers (processes) take</div>
          </div>
        </div>
      }
      rows={[
        {
          term: 'Policy',
          value: `${policy}${summary.mode === 'old' ? `, check interval ${formatCount(summary.checkInterval)} ticks` : summary.mode === 'new' ? `, switch interval ${summary.switchIntervalMs} ms` : ''}`,
        },
        { term: 'Threads', value: formatCount(summary.workers) },
        {
          term: 'Workload',
          value: `${workload}, ${formatCount(summary.workPerThread)} darts per thread${summary.gilFreeShare > 0 ? `, ${Math.round(summary.gilFreeShare * 100)} % of it GIL-free` : ''}`,
        },
        { term: 'Wall time', value: spreadText(summary.threadsSpread, over) },
        { term: 'One thread, all the work', value: spreadText(summary.baselineSpread, over) },
        { term: 'Free workers (processes)', value: spreadText(summary.processesSpread, over) },
        { term: 'Failed attempts', value: formatCount(summary.failedAttempts) },
        {
          term: 'Hand-offs',
          value: `${formatCount(summary.handoffs)} (${formatCount(Math.round((summary.handoffs / summary.wallMs) * 1000))} per second); ${formatCount(summary.forcedDrops)} forced drops, ${formatCount(summary.acquisitions)} acquisitions`,
        },
        summary.mode !== 'none' && {
          term: 'Lock held',
          value: `${Math.min(100, summary.lockHeldShare * 100).toFixed(0)} % of the wall time${lockFreeNote(summary)}`,
        },
        { term: 'Two holders at once', value: formatCount(summary.holderViolations), testId: 'holder-violations' },
        summary.ioRoundsPerSecond !== null && {
          term: 'I/O thread',
          testId: 'io-rate',
          value: `${summary.ioRoundsPerSecond.toFixed(0)} rounds per second beside the CPU threads${summary.ioRoundsPerSecondFree !== null ? `, ${summary.ioRoundsPerSecondFree.toFixed(0)} as a free worker` : ''}${summary.mode === 'new' ? ` (one round per switch interval per CPU thread would be ${(1000 / summary.switchIntervalMs / (summary.workers - 1)).toFixed(0)})` : ''}`,
        },
        { term: 'Work done', value: `${formatCount(summary.darts)} darts thrown, π ≈ ${summary.piEstimate.toFixed(5)}` },
      ]}
      howMeasured={`Each simulated thread is a worker doing real Monte Carlo work in ticks of 256 darts, allowed to compute only while it holds one lock in shared memory (Atomics.compareExchange, wait and notify). Every repeat measures the threads, then the same darts on one worker with no lock, then on one worker per thread with no lock (processes), one after another, so each ratio compares runs of the same moment; the figures are medians over the repeats, with their range. Wall time runs from the moment the threads are handed their work, after they have started and warmed up, to the end of the last one, on the threads’ shared clock.${summary.workload === 'mixed' ? ' In a mixed run the one-thread baseline holds the CPU threads’ work only: the I/O thread’s rounds have no fixed number.' : ''}`}
      exports={<ExportButtons exportTask={() => exportTask('gil', task, gilExport)} laneName={(lane) => `thread ${lane + 1}`} />}
    />
  );
});

/** "1.23 s (median of 3: 1.20 s to 1.31 s)". */
function spreadText(spread: Spread, over: string): string {
  if (spread.minMs === spread.maxMs) return `${formatDuration(spread.medianMs)} (${over})`;
  return `${formatDuration(spread.medianMs)} (${over}: ${formatDuration(spread.minMs)} to ${formatDuration(spread.maxMs)})`;
}

/**
 * With CPU-bound threads under the new GIL, the lock is free while the threads start and while
 * it changes hands. Each hand-off is timed from the threads' logs: dividing the free time by the
 * hand-offs would count the start (a few ms, a large share of a short run) as hand-offs.
 */
function lockFreeNote(summary: GilSummary): string {
  const freeMs = summary.wallMs * (1 - summary.lockHeldShare);
  const { handoffGapMedianMs: median, handoffGapP90Ms: p90 } = summary;
  if (summary.mode !== 'new' || summary.workload !== 'cpu' || summary.gilFreeShare > 0 || median === null || p90 === null || freeMs <= 0) return '';
  return `; the rest, ${formatDuration(freeMs)}, went on starting the threads and on ${formatCount(summary.handoffs)} hand-offs, each taking a woken thread ${formatDuration(median)} to get going (median; 90th percentile ${formatDuration(p90)})`;
}
