import { memo, useMemo } from 'react';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../runs/ExportButtons';
import type { Strategy } from '../../pool/types';
import { WARM_UP_SAMPLES, type PiRecord } from './job';
import { piStandardError, type PiChunkResult } from '../../kernels/pi';
import { tallyPi, type PiTally } from './summary';
import { GilModeResult } from '../GilModeFigures';
import { MODE_LABELS } from '../../runs/modeLabels';

const resultFields = (r: PiChunkResult) => ({ samples: r.samples, inside: r.inside });

const STRATEGY_TEXT: Record<Strategy, string> = {
  dynamic: 'dynamic queue: an idle worker takes the next chunk (like Pool.map)',
  static: 'static blocks: each worker runs its own share',
  roundRobin: 'round-robin: chunk c goes to worker c mod W',
};

/** The outcome of a finished (or stopped) run, stated in words and numbers. Memoised, as PiRunView. */
export const PiResult = memo(function PiResult({ record, onReuseSeed }: { record: PiRecord; onReuseSeed(seed: number): void }) {
  const tally = useMemo(() => tallyPi(record.events, record.workers), [record]);
  const wallMs = record.wallMs ?? 0;
  const stopped = record.status === 'stopped';
  // Threads mode runs on workers too, as simulated threads.
  const onWorkers = record.mode !== 'mainThread';
  const { longTasks, longestTaskMs, frames } = record.page;
  const pageNote =
    record.runStartEpochMs === null
      ? '–'
      : `${longTasks} long ${longTasks === 1 ? 'task' : 'tasks'} over 50 ms` +
        (longTasks > 0 ? ` (longest ${formatDuration(longestTaskMs)})` : '') +
        (frames !== null && wallMs > 0 ? `, ${Math.round((frames * 1000) / wallMs)} frames per second painted` : '');

  return (
    <section className="result" role="region" aria-label="Result">
      <h2>Result{stopped ? ' (stopped early)' : ''}</h2>
      {record.runStartEpochMs === null ? <p>Stopped while the workers were starting: nothing was measured.</p> : null}
      <dl>
        <dt>Estimate</dt>
        <dd>{tally.samples > 0 ? `${tally.estimate.toFixed(7)} ± ${tally.standardError.toPrecision(2)}` : 'no chunk finished'}</dd>
        <dt>Error</dt>
        <dd>{tally.samples > 0 ? `${tally.deviation >= 0 ? '+' : '−'}${Math.abs(tally.deviation).toPrecision(3)} from π (${(Math.abs(tally.deviation) / tally.standardError).toFixed(2)} standard errors)` : '–'}</dd>
        <dt>Darts inside</dt>
        <dd>
          {`${formatCount(tally.inside)} of ${formatCount(tally.samples)}`}
          {record.params.sameSeed && record.totalItems !== record.params.samples ? ` (n // W = ${formatCount(record.totalItems / record.workers)} per worker, as in the book)` : ''}
        </dd>
        <dt>Wall time</dt>
        <dd>{record.wallMs === null ? '–' : formatDuration(wallMs)}</dd>
        <dt>Samples per second</dt>
        <dd>{wallMs > 0 ? formatCompact((tally.samples / wallMs) * 1000) : '–'}</dd>
        <dt>Workers</dt>
        <dd>{onWorkers ? formatCount(record.workers) : 'none (main thread)'}</dd>
        <dt>Mode</dt>
        <dd>{MODE_LABELS[record.mode]}{record.params.sameSeed ? ', same seed in every worker' : ''}</dd>
        <GilModeResult record={record} wallMs={wallMs} />
        <dt>Chunks</dt>
        <dd>{`${formatCount(record.events.length)} of ${formatCount(record.chunkCount)} done`}</dd>
        <dt>Scheduling</dt>
        <dd>{onWorkers ? STRATEGY_TEXT[record.strategy] : 'one after another on the page'}</dd>
        <dt>Seed</dt>
        <dd>
          {record.seed} {record.params.seed === null ? '(random)' : ''}{' '}
          {record.params.seed === null ? (
            <button type="button" className="link-button" onClick={() => onReuseSeed(record.seed)}>
              Use this seed
            </button>
          ) : null}
        </dd>
        <dt>Start-up</dt>
        <dd>{!onWorkers ? 'none: no workers to start' : record.spawnMs === null ? 'stopped before every worker answered' : startUpNote(record.spawnMs, record.warmUpMs)}</dd>
        <dt>Page while running</dt>
        <dd>{pageNote}</dd>
      </dl>
      {record.params.sameSeed && record.workers > 1 && tally.samples > 0 ? <SameSeedNote record={record} tally={tally} /> : null}
      <p className="how-measured">
        Measured in this browser: each chunk is timed inside the {onWorkers ? 'worker' : 'page'} that ran it, on one clock
        (performance.timeOrigin + performance.now()).{' '}
        {onWorkers
          ? `Wall time runs from the first chunk handed out to the last result received, after every worker has started, answered and thrown its ${formatCount(WARM_UP_SAMPLES)} warm-up darts.`
          : 'Wall time runs from the first chunk to the last, on this page; there is nothing to start or warm up.'}
      </p>
      <ExportButtons record={record} resultFields={resultFields} />
    </section>
  );
});

/** The fork bug's lesson: every worker replayed the same darts, so only one worker's worth count. */
function SameSeedNote({ record, tally }: { record: PiRecord; tally: PiTally }) {
  // All workers draw from streams 0, 1, 2, ...: the busiest worker's darts include every other's.
  const independent = Math.max(...tally.perWorker.map((w) => w.samples));
  return (
    <p className="lesson-note">
      Every worker threw the same darts, so only {formatCount(independent)} of the {formatCount(tally.samples)} are
      independent: the true standard error is {piStandardError(independent).toPrecision(2)}, not{' '}
      {tally.standardError.toPrecision(2)}, and the {record.workers} workers did the work of one. Seeding each worker (or
      each block, as this app does without the bug) fixes it.
    </p>
  );
}

/** Spawning and warming up, which happen before the timed region. */
function startUpNote(spawnMs: number, warmUpMs: number | null): string {
  const warmUp = warmUpMs === null ? '' : ` + ${formatDuration(warmUpMs)} warm-up (each throws a first ${formatCount(WARM_UP_SAMPLES)} darts so its JIT compiler optimises the loop)`;
  return `${formatDuration(spawnMs)} spawn${warmUp}; none of it is in the wall time`;
}
