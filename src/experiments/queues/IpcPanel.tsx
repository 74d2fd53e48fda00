import { memo, useMemo } from 'react';
import { LinesChart } from '../../charts/LinesChart';
import { formatCompact, formatCount, formatDuration } from '../../format';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
import { exportTask } from '../../runs/exportFormat';
import { ipcExport } from './export';
import { ROUNDS_WHEN_SHORT, type IpcTask } from './ipcJob';
import { IPC_LABELS, IPC_METHODS, type IpcMethod } from './ipcParams';

interface Row {
  method: IpcMethod;
  n: number;
  ms: number | null;
  micros: number | null;
  megabytes: number | null;
  note: string;
}

const micros = (value: number) => `${value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)} µs`;

const COLUMNS: Column<Row>[] = [
  { title: 'N', cell: (r) => formatCount(r.n) },
  { title: 'Time', cell: (r) => (r.ms === null ? r.note : formatDuration(r.ms)) },
  { title: 'Per integer', cell: (r) => (r.micros === null ? '–' : micros(r.micros)) },
  { title: 'MB/s', cell: (r) => (r.megabytes === null ? '–' : formatCompact(r.megabytes)) },
  { title: 'All back', cell: (r) => (r.ms === null ? '–' : r.note) },
];

/** The IPC cost meter: microseconds per integer and MB/s for each way of sending, on log scales. */
export const IpcPanel = memo(function IpcPanel({ task }: { task: IpcTask; version: string }) {
  const points = task.points;
  const chartRows = useMemo(() => {
    const sizes = [...new Set([...task.steps.map((s) => s.n), ...task.refused.map((r) => r.n)])].sort((a, b) => a - b);
    return sizes.map((x) => Object.fromEntries([['x', x], ...points.filter((p) => p.n === x).map((p) => [p.method, p.microsPerInteger])]));
  }, [task, points.length]);
  const rows: Row[] = [
    ...points.map((p) => ({
      method: p.method,
      n: p.n,
      ms: p.ms,
      micros: p.microsPerInteger,
      megabytes: p.megabytesPerSecond,
      note: p.complete ? 'yes' : 'NO',
    })),
    ...task.refused.map((r) => ({ method: r.method, n: r.n, ms: null, micros: null, megabytes: null, note: r.reason })),
  ].sort((a, b) => IPC_METHODS.indexOf(a.method) - IPC_METHODS.indexOf(b.method) || a.n - b.n);
  const largest = Math.max(0, ...points.map((p) => p.n));
  const atLargest = points.filter((p) => p.n === largest).sort((a, b) => a.microsPerInteger - b.microsPerInteger);
  return (
    <section className="sweep" aria-label="IPC cost meter">
      <h2>The cost of talking</h2>
      <SeriesStatus
        series={task}
        stepName={(s) => `${IPC_LABELS[s.method].toLowerCase()}, N = ${formatCount(s.n)}`}
        done={`Done: ${points.length} measurements, each on a fresh worker after an untimed round.`}
        steps="measurements"
      />
      <progress aria-label="Meter progress" max={task.steps.length} value={points.length} />
      {atLargest.length > 1 ? (
        <p className="lesson-note">
          At N = {formatCount(largest)}, per integer there and back: {atLargest.map((p) => `${IPC_LABELS[p.method]} ${micros(p.microsPerInteger)}`).join('; ')}.
          A message costs about as much whether it holds one integer or many: send few, big messages, or share memory.
        </p>
      ) : null}
      <figure className="sweep-chart">
        <figcaption>Microseconds per integer, to a worker and back, against N; both axes log scale</figcaption>
        <LinesChart
          rows={chartRows}
          series={IPC_METHODS.filter((m) => points.some((p) => p.method === m) || task.steps.some((s) => s.method === m)).map((m) => ({
            key: m,
            name: IPC_LABELS[m],
          }))}
          xLabel="N, integers sent"
          yLabel="µs per integer"
          logX
          formatX={formatCompact}
          formatY={(v) => micros(v)}
        />
      </figure>
      <ExportButtons exportTask={() => exportTask('queues', task, ipcExport)} laneName={(lane) => laneName('workers', lane)} />
      <Table
        label="IPC cost meter results"
        head={{ title: 'Way', cell: (r) => IPC_LABELS[r.method] }}
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => `${r.method}-${r.n}`}
      />
      <p className="how-measured">
        Measured on the page: from the first integer sent to the last one back, after an untimed round of the same kind on the same fresh worker; a round that
        takes under half a second is timed {ROUNDS_WHEN_SHORT} times and the fastest kept. Each way sends the integers 0 … N − 1 and checks their sum on return.
        A message per integer is posted on a raw MessagePort and echoed; one array message is a plain array (structured clone both ways); a Comlink call per
        integer awaits each answer before the next call; the ArrayBuffer is transferred (moved, not copied) both ways; the ring is a queue of{' '}
        {formatCount(4096)} slots in shared memory each way. MB/s counts 8 bytes per integer, once.
      </p>
    </section>
  );
});
