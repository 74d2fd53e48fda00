import { memo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
import { logicalCores } from '../../platform';
import { exportTask } from '../../runs/exportFormat';
import { lostUpdateExport } from './export';
import { COUNTING_LABELS, type LostUpdatePoint, type LostUpdateTask } from './lostUpdatesJob';

const COLUMNS: Column<LostUpdatePoint>[] = [
  { title: 'Expected total', cell: (p) => formatCount(p.expected) },
  { title: 'Counted total', cell: (p) => formatCount(p.counted) },
  { title: 'Updates lost', cell: (p) => formatCount(p.lost) },
  { title: 'Time', cell: (p) => formatDuration(p.ms) },
];

/** W workers add 1 to one shared counter: the table of what each method counted, and what it cost. */
export const LostUpdatesPanel = memo(function LostUpdatesPanel({ task }: { task: LostUpdateTask; version: string }) {
  const { workers, increments } = task.params;
  const plain = task.points.find((p) => p.method === 'plain');
  const atomic = task.points.find((p) => p.method === 'atomic');
  const locked = task.points.find((p) => p.method === 'locked');
  return (
    <section className="sweep" aria-label="Lost updates">
      <h2>Lost updates</h2>
      <SeriesStatus
        series={task}
        stepName={(method) => COUNTING_LABELS[method].toLowerCase()}
        done={`Done: ${workers} ${workers === 1 ? 'worker' : 'workers'} each added 1 to one shared counter ${formatCount(increments)} times, by each method on fresh workers.`}
        steps="methods"
      />
      <Table
        label="Lost updates"
        head={{ title: 'Method', cell: (p) => COUNTING_LABELS[p.method] }}
        columns={COLUMNS}
        rows={task.points}
        rowKey={(p) => p.method}
      />
      {plain ? (
        <p className="lesson-note" data-testid="plain-verdict">
          {plainVerdict(plain, workers)}
        </p>
      ) : null}
      {atomic && locked && plain ? <p className="lesson-note">{correctVerdict(plain, atomic, locked)}</p> : null}
      <p className="how-measured">
        The workers wait for each other at a starting line in shared memory, then each adds 1 to the counter {formatCount(increments)} times: plain, by reading
        the word, computing the new value and writing it back (the read and the write are a few operations apart, as in an interpreter’s{' '}
        <code>counter += 1</code>); with <code>Atomics.add</code>; or holding a mutex built on <code>Atomics.compareExchange</code> and{' '}
        <code>Atomics.wait</code>. Time runs from the first worker leaving the starting line to the last one done.
      </p>
      <ExportButtons exportTask={() => exportTask('queues', task, lostUpdateExport)} laneName={(lane) => laneName('workers', lane)} />
    </section>
  );
});

function correctVerdict(plain: LostUpdatePoint, atomic: LostUpdatePoint, locked: LostUpdatePoint): string {
  const correct = [atomic, locked].filter((p) => p.lost === 0).map((p) => COUNTING_LABELS[p.method]);
  const times = `Atomics.add took ${formatDuration(atomic.ms)} (${ratio(atomic.ms, plain.ms)} the plain version’s ${formatDuration(plain.ms)}), the lock ${formatDuration(locked.ms)} (${ratio(locked.ms, plain.ms)})`;
  const slower = atomic.ms > plain.ms && locked.ms > plain.ms ? ': being right costs time, as each update waits its turn for the counter.' : '.';
  return `${correct.length === 2 ? 'Atomics.add and the lock counted every update' : `Only ${correct.join(' and ') || 'neither'} counted every update`}. ${times}${slower}`;
}

const ratio = (ms: number, of: number) => `${(ms / Math.max(of, 1e-3)).toFixed(1)}×`;

function plainVerdict(plain: LostUpdatePoint, workers: number): string {
  const share = plain.expected > 0 ? (plain.lost / plain.expected) * 100 : 0;
  if (plain.lost > 0)
    return `The plain read-modify-write lost ${formatCount(plain.lost)} of ${formatCount(plain.expected)} updates (${share.toFixed(1)} %): a worker wrote back a value another had already moved past.`;
  if (workers === 1) return 'The plain read-modify-write lost no update: one worker cannot race itself. Use 2 or more workers.';
  return `The plain read-modify-write lost no update this time: its ${workers} workers never wrote in between each other’s read and write${logicalCores() < 2 ? ' (this machine has one core, so they take turns)' : ''}. Run it again, or with more increments.`;
}
