import { memo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { ResultSection } from '../../lab/ResultSection';
import { Table, type Column } from '../../lab/Table';
import { exportTask } from '../../runs/exportFormat';
import { queueExport } from './export';
import { FIRST_NUMBER, itemCount } from './form';
import { WAY_LABELS } from './params';
import type { QueueTask, WayPoint } from './queueTasks';
import { queueLesson, ratioText } from './queueLesson';

function columns(baseline: WayPoint | undefined): Column<WayPoint>[] {
  return [
    { title: 'Workers', cell: (p) => formatCount(p.workers) },
    { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
    { title: 'Ratio to no queue', cell: (p) => (baseline ? ratioText(p.wallMs / baseline.wallMs) : '–') },
    { title: 'Primes found', cell: (p) => formatCount(p.primes) },
    { title: 'Poison pills sent', cell: (p) => (p.way === 'none' ? '–' : formatCount(p.pillsSent)) },
    { title: 'Finished flags', cell: (p) => (p.way === 'none' ? '–' : `${formatCount(p.finishedFlags)} of ${formatCount(p.workers)}`) },
  ];
}

/** The work queues' outcome: each way's wall time beside no queue's, and the primes each found. */
export const QueueResult = memo(function QueueResult({ task }: { task: QueueTask; version: string }) {
  const points = task.points;
  const baseline = points.find((p) => p.way === 'none');
  const settings = task.steps[0];
  const sameCount = new Set(points.map((p) => p.primes)).size === 1;
  const sameSum = new Set(points.map((p) => p.primeSum)).size === 1;
  const lesson = queueLesson(points, settings);
  return (
    <ResultSection
      stopped={task.status === 'stopped'}
      notice={points.length === 0 ? 'Stopped before the first way finished: nothing was measured.' : null}
      rows={[
        {
          term: 'Numbers',
          value: `${formatCount(itemCount(settings))} ${settings.skipEven ? 'odd numbers' : 'numbers'} in [${formatCount(FIRST_NUMBER)}, ${formatCount(FIRST_NUMBER + settings.numbers)})`,
        },
        points.length > 0 && {
          term: 'Primes found',
          testId: 'primes-found',
          value:
            sameCount && sameSum
              ? `${formatCount(points[0].primes)}${points.length > 1 ? `, the same primes every way (their sum: ${formatCount(points[0].primeSum)})` : ''}`
              : `not the same every way: ${points.map((p) => `${WAY_LABELS[p.way]} ${formatCount(p.primes)}`).join(', ')}`,
        },
        task.ringUnavailable && { term: 'Shared memory ring', value: 'not run: it needs a cross-origin isolated page (shared memory).' },
      ]}
      howMeasured="Each way runs on fresh workers, started and warmed up (their check compiled, their time per trial division measured) before the clock starts. Wall time runs from the page handing out the first number until it has counted every worker’s finished flag, after all of that worker’s primes (with no queue: until the worker’s count and sum reached the page). Workers report their counters every 100 ms or so; computing is a worker’s trial divisions at its own measured time per division (reading the clock around every check would cost more than the check), communicating is the rest of its time."
      exports={<ExportButtons exportTask={() => exportTask('queues', task, queueExport)} laneName={(lane) => laneName('workers', lane)} />}
    >
      {points.length > 0 ? (
        <Table
          label="Ways compared"
          head={{ title: 'Way', cell: (p) => WAY_LABELS[p.way] }}
          columns={columns(baseline)}
          rows={points}
          rowKey={(p) => `${p.way}-${p.workers}`}
        />
      ) : null}
      {lesson ? <p className="lesson-note">{lesson}</p> : null}
    </ResultSection>
  );
});
