import { memo, useMemo } from 'react';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { ResultSection } from '../../lab/ResultSection';
import { threadsModeResult } from '../../lab/threadsMode';
import { MODE_LABELS, laneName } from '../../lab/lanes';
import { exportTask } from '../../runs/exportFormat';
import { piExport } from './export';
import type { Strategy } from '../../pool/types';
import { WARM_UP_SAMPLES, type PiRecord, type PiRunTask } from './job';
import { piStandardError } from '../../kernels/pi';
import { KERNEL_LABELS } from '../../kernels/kernelNames';
import { tallyPi, type PiTally } from './summary';

const STRATEGY_TEXT: Record<Strategy, string> = {
  dynamic: 'dynamic queue: an idle worker takes the next chunk (like Pool.map)',
  static: 'static blocks: each worker runs its own share',
  roundRobin: 'round-robin: chunk c goes to worker c mod W',
};

interface Props {
  task: PiRunTask;
  /** This run's kernel against JavaScript, as measured by a kernel comparison, if one was. */
  kernelLesson: string | null;
  onReuseSeed(seed: number): void;
}

/** The outcome of a finished (or stopped) run, stated in words and numbers. Memoised, as PiRunView. */
export const PiResult = memo(function PiResult({ task, kernelLesson, onReuseSeed }: Props) {
  const record = task.current!;
  const tally = useMemo(() => tallyPi(record.events, record.workers), [record]);
  const { settings } = record;
  const wallMs = record.wallMs ?? 0;
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
    <ResultSection
      stopped={task.status === 'stopped'}
      notice={record.runStartEpochMs === null ? 'Stopped while the workers were starting: nothing was measured.' : null}
      rows={[
        { term: 'Estimate', value: tally.samples > 0 ? `${tally.estimate.toFixed(7)} ± ${tally.standardError.toPrecision(2)}` : 'no chunk finished' },
        {
          term: 'Error',
          value: tally.samples > 0 ? `${tally.deviation >= 0 ? '+' : '−'}${Math.abs(tally.deviation).toPrecision(3)} from π (${(Math.abs(tally.deviation) / tally.standardError).toFixed(2)} standard errors)` : '–',
        },
        {
          term: 'Darts inside',
          value: `${formatCount(tally.inside)} of ${formatCount(tally.samples)}${settings.sameSeed && record.totalItems !== settings.samples ? ` (n // W = ${formatCount(record.totalItems / record.workers)} per worker, as in the book)` : ''}`,
        },
        { term: 'Wall time', value: record.wallMs === null ? '–' : formatDuration(wallMs) },
        { term: 'Samples per second', value: wallMs > 0 ? formatCompact((tally.samples / wallMs) * 1000) : '–' },
        { term: 'Workers', value: onWorkers ? formatCount(record.workers) : 'none (main thread)' },
        { term: 'Mode', value: `${MODE_LABELS[record.mode]}${settings.sameSeed ? ', same seed in every worker' : ''}` },
        record.instruments ? threadsModeResult(record.instruments, record.workers, wallMs) : null,
        { term: 'Kernel', value: `${KERNEL_LABELS[settings.kernel]}${kernelLesson ? `: ${kernelLesson}` : ''}` },
        { term: 'Chunks', value: `${formatCount(record.events.length)} of ${formatCount(record.chunkCount)} done` },
        { term: 'Scheduling', value: onWorkers ? STRATEGY_TEXT[record.strategy] : 'one after another on the page' },
        {
          term: 'Seed',
          value: (
            <>
              {settings.seed} {settings.randomSeed ? '(random)' : ''}{' '}
              {settings.randomSeed ? (
                <button type="button" className="link-button" onClick={() => onReuseSeed(settings.seed)}>
                  Use this seed
                </button>
              ) : null}
            </>
          ),
        },
        {
          term: 'Start-up',
          value: !onWorkers ? 'none: no workers to start' : record.spawnMs === null ? 'stopped before every worker answered' : startUpNote(record.spawnMs, record.warmUpMs),
        },
        { term: 'Page while running', value: pageNote },
      ]}
      howMeasured={
        <>
          Measured in this browser: each chunk is timed inside the {onWorkers ? 'worker' : 'page'} that ran it, on one clock (performance.timeOrigin +
          performance.now()).{' '}
          {onWorkers
            ? `Wall time runs from the first chunk handed out to the end of the last one, after every worker has started, answered and thrown its ${formatCount(WARM_UP_SAMPLES)} warm-up darts.`
            : 'Wall time runs from the first chunk to the end of the last, on this page; there is nothing to start or warm up.'}
        </>
      }
      exports={<ExportButtons exportTask={() => exportTask('pi', task, piExport)} laneName={(lane) => laneName(record.mode, lane)} />}
    >
      {settings.sameSeed && record.workers > 1 && tally.samples > 0 ? <SameSeedNote record={record} tally={tally} /> : null}
    </ResultSection>
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
