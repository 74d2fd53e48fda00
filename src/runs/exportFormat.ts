// The one export format: a lab's task (a run, a sweep, a GIL lab comparison) as a JSON document,
// and one of its runs as CSV (a row per chunk) or a Chrome trace. The bench reads these files,
// and the Compare view imports them from other machines: `schemaVersion` says
// which shape a file has.
import type { RunEnvironment } from '../platform';
import type { ChunkEvent } from '../pool/types';
import type { RunRecord, RunStatus } from './record';
import type { Series } from './series';

export const SCHEMA_VERSION = 1;
export const APP_NAME = 'Parallel Playground';

/** Plain values only: what a chunk, a run or a task adds up to, as a lab states it. */
export type Fields = Record<string, number | string | boolean | null>;

export interface ExportedEvent {
  chunk: number;
  worker: number;
  items: number;
  startMs: number;
  endMs: number;
  result: Fields;
}

/** A run as exported: its record without the live parts, with its result and events in plain fields. */
export type ExportedRun = Pick<
  RunRecord<unknown, unknown>,
  'settings' | 'mode' | 'workers' | 'strategy' | 'chunkCount' | 'totalItems' | 'status' | 'error' | 'spawnMs' | 'warmUpMs' | 'wallMs' | 'page'
> & {
  /** The run's result, as the lab states it (e.g. darts inside, primes found, GIL hand-offs). */
  summary: Fields;
  events: ExportedEvent[];
};

export interface TaskExport {
  schemaVersion: typeof SCHEMA_VERSION;
  app: typeof APP_NAME;
  /** The lab, e.g. "pi". */
  experiment: string;
  /** What the task was: "run", or a sweep's kind, e.g. "workers", "chunkSize", "gil". */
  kind: string;
  exportedAt: string;
  environment: RunEnvironment;
  status: RunStatus;
  error: string | null;
  /** The task's result, as the lab states it (e.g. a GIL comparison's ratios). */
  summary: Fields;
  /** A sweep's measured points, one per run. */
  points: Fields[];
  runs: ExportedRun[];
}

/** How a lab states its results in an export. */
export interface ExportDescription<Rec, R, Point> {
  event(result: R): Fields;
  run(record: Rec): Fields;
  point?(point: Point): Fields;
  task?(series: Series<unknown, Rec, Point>): Fields;
}

type AnyRecord<R> = RunRecord<unknown, R, unknown>;

export function exportRun<R, Rec extends AnyRecord<R>>(record: Rec, describe: Pick<ExportDescription<Rec, R, unknown>, 'event' | 'run'>): ExportedRun {
  const { settings, mode, workers, strategy, chunkCount, totalItems, status, error, spawnMs, warmUpMs, wallMs, page } = record;
  return {
    settings,
    mode,
    workers,
    strategy,
    chunkCount,
    totalItems,
    status,
    error,
    spawnMs,
    warmUpMs,
    wallMs,
    page: { ...page },
    summary: describe.run(record),
    events: record.events.map((event: ChunkEvent<R>) => ({ ...event, result: describe.event(event.result) })),
  };
}

/** A whole task: its finished runs and, if it was cut short, the run it was on. */
export function exportTask<R, Rec extends AnyRecord<R>, Point>(
  experiment: string,
  series: Series<unknown, Rec, Point>,
  describe: ExportDescription<Rec, R, Point>,
): TaskExport {
  const records = series.current && !series.runs.includes(series.current) ? [...series.runs, series.current] : series.runs;
  const first = records[0];
  return {
    schemaVersion: SCHEMA_VERSION,
    app: APP_NAME,
    experiment,
    kind: series.kind,
    exportedAt: new Date().toISOString(),
    environment: first ? first.environment : { userAgent: '', logicalCores: 0, crossOriginIsolated: false, startedAt: '' },
    status: series.status,
    error: series.error,
    summary: describe.task?.(series) ?? {},
    points: describe.point ? series.points.map(describe.point) : [],
    runs: records.map((record) => exportRun(record, describe)),
  };
}

/** "pi-workers-2026-12-03T10-00-00-000Z": a task's files are named after its lab, kind and start. */
export function exportBaseName(task: Pick<TaskExport, 'experiment' | 'kind' | 'environment'>): string {
  return `${task.experiment}-${task.kind === 'run' ? '' : `${task.kind}-`}${task.environment.startedAt.replace(/[:.]/g, '-')}`;
}

export function runToCsv(run: ExportedRun): string {
  const resultColumns = run.events[0] ? Object.keys(run.events[0].result) : [];
  const header = ['chunk', 'worker', 'items', 'startMs', 'endMs', ...resultColumns];
  const rows = run.events.map((e) =>
    [e.chunk, e.worker + 1, e.items, e.startMs.toFixed(3), e.endMs.toFixed(3), ...resultColumns.map((c) => e.result[c])].join(','),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** Chrome's trace event format: open it in chrome://tracing or ui.perfetto.dev. */
export function runToTrace(run: ExportedRun, experiment: string, laneName: (lane: number) => string): string {
  const lanes = Array.from({ length: run.workers }, (_, w) => ({ name: 'thread_name', ph: 'M', pid: 1, tid: w + 1, args: { name: laneName(w) } }));
  const chunks = run.events.map((e) => ({
    name: `chunk ${e.chunk}`,
    cat: experiment,
    ph: 'X',
    pid: 1,
    tid: e.worker + 1,
    ts: Math.round(e.startMs * 1000),
    dur: Math.max(1, Math.round((e.endMs - e.startMs) * 1000)),
    args: { items: e.items, ...e.result },
  }));
  return JSON.stringify({ traceEvents: [...lanes, ...chunks], displayTimeUnit: 'ms' });
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
