import { memo, useMemo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { downloadText } from '../../runs/exportRun';
import { POLICIES, WORKLOADS } from './params';
import type { GilRun } from './run';
import { summariseGilRun, type GilSummary } from './summary';

/** The outcome of a finished run and its two baselines, stated in words and numbers. */
export const GilResult = memo(function GilResult({ run }: { run: GilRun }) {
  const summary = useMemo(() => summariseGilRun(run), [run]);
  if (!summary) return null;
  const policy = POLICIES.find((p) => p.value === summary.mode)?.label ?? summary.mode;
  const workload = WORKLOADS.find((w) => w.value === summary.workload)?.label ?? summary.workload;
  const fileName = `gil-${summary.mode}-${summary.workers}-threads-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;

  return (
    <section className="result" role="region" aria-label="Result">
      <h2>Result</h2>
      <div className="ratios">
        <div>
          <div className="ratio" data-testid="ratio-one-thread">{summary.ratio.toFixed(2)}×</div>
          <div>the time one thread takes for all the work</div>
        </div>
        <div>
          <div className="ratio" data-testid="ratio-processes">{summary.ratioToProcesses.toFixed(2)}×</div>
          <div>the time free workers (processes) take</div>
        </div>
      </div>
      <dl>
        <dt>Policy</dt>
        <dd>{policy}{summary.mode === 'old' ? `, check interval ${formatCount(summary.checkInterval)} ticks` : summary.mode === 'new' ? `, switch interval ${summary.switchIntervalMs} ms` : ''}</dd>
        <dt>Threads</dt>
        <dd>{formatCount(summary.workers)}</dd>
        <dt>Workload</dt>
        <dd>
          {workload}, {formatCount(summary.workPerThread)} darts per thread{summary.gilFreeShare > 0 ? `, ${Math.round(summary.gilFreeShare * 100)} % of it GIL-free` : ''}
        </dd>
        <dt>Wall time</dt>
        <dd>{formatDuration(summary.wallMs)}</dd>
        <dt>One thread, all the work</dt>
        <dd>{formatDuration(summary.baselineMs)}</dd>
        <dt>Free workers (processes)</dt>
        <dd>{formatDuration(summary.processesMs)}</dd>
        <dt>Failed attempts</dt>
        <dd>{formatCount(summary.failedAttempts)}</dd>
        <dt>Hand-offs</dt>
        <dd>
          {formatCount(summary.handoffs)} ({formatCount(Math.round((summary.handoffs / summary.wallMs) * 1000))} per second); {formatCount(summary.forcedDrops)} forced drops, {formatCount(summary.acquisitions)} acquisitions
        </dd>
        {summary.mode !== 'none' ? (
          <>
            <dt>Lock held</dt>
            <dd>
              {Math.min(100, summary.lockHeldShare * 100).toFixed(0)} % of the wall time
              {lockFreeNote(summary)}
            </dd>
          </>
        ) : null}
        <dt>Two holders at once</dt>
        <dd data-testid="holder-violations">{formatCount(summary.holderViolations)}</dd>
        {summary.ioRoundsPerSecond !== null ? (
          <>
            <dt>I/O thread</dt>
            <dd data-testid="io-rate">
              {summary.ioRoundsPerSecond.toFixed(0)} rounds per second beside the CPU threads
              {summary.ioRoundsPerSecondFree !== null ? `, ${summary.ioRoundsPerSecondFree.toFixed(0)} as a free worker` : ''}
              {summary.mode === 'new' ? ` (one round per switch interval per CPU thread would be ${(1000 / summary.switchIntervalMs / (summary.workers - 1)).toFixed(0)})` : ''}
            </dd>
          </>
        ) : null}
        <dt>Work done</dt>
        <dd>
          {formatCount(summary.darts)} darts thrown, π ≈ {summary.piEstimate.toFixed(5)}
        </dd>
      </dl>
      <p className="how-measured">
        Each simulated thread is a worker doing real Monte Carlo work in ticks of 256 darts, allowed to compute only while
        it holds one lock in shared memory (Atomics.compareExchange, wait and notify). Wall time runs from the moment every
        thread was started, warmed up and released at once, to the last thread’s end, on the threads’ shared clock. The
        baselines run the same darts with no lock: on one worker, and on one worker per thread
        {summary.baselinesReused ? '; they were measured earlier in this session for the same work, and reused' : ', measured just now'}.
        {summary.workload === 'mixed' ? ' In a mixed run the one-thread baseline holds the CPU threads’ work only: the I/O thread’s rounds have no fixed number.' : ''}
      </p>
      <div className="exports">
        <button type="button" onClick={() => downloadText(fileName, JSON.stringify(summary, null, 2), 'application/json')}>
          Export JSON
        </button>
      </div>
    </section>
  );
});

/** With CPU-bound threads under the new GIL, time the lock was free is time spent handing it over. */
function lockFreeNote(summary: GilSummary): string {
  const freeMs = summary.wallMs * (1 - summary.lockHeldShare);
  if (summary.mode !== 'new' || summary.workload !== 'cpu' || summary.gilFreeShare > 0 || summary.handoffs < 2 || freeMs <= 0) return '';
  return `; the rest, ${formatDuration(freeMs)}, went on ${formatCount(summary.handoffs)} hand-offs: about ${formatDuration(freeMs / summary.handoffs)} each for a woken thread to get going`;
}
