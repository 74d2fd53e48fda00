// A run's record: its settings, where it ran, and the event log every chart is drawn from.
import type { ChunkDispatch, ChunkEvent, Strategy } from '../pool/types';
import type { Job } from '../pool/job';
import type { RunEnvironment } from '../platform';

export type { RunEnvironment };

/** On workers (processes), on the page's own thread, or on workers as simulated GIL threads. */
export type RunMode = 'workers' | 'mainThread' | 'threads';
export type RunStatus = 'starting' | 'running' | 'done' | 'stopped' | 'failed';

/** How the page's own thread fared during the run. */
export interface PageResponsiveness {
  /** Tasks over 50 ms, reported by the browser's Long Tasks API. */
  longTasks: number;
  longestTaskMs: number;
  /** Animation frames the page painted while the run was going (null: not counted). */
  frames: number | null;
  /** The frame rate over the last half second or so (null: not counted yet). */
  framesPerSecond: number | null;
}

export interface RunRecord<S, R, I = unknown> {
  /** Distinct for every run of this page session. */
  id: number;
  experiment: string;
  settings: S;
  environment: RunEnvironment;
  mode: RunMode;
  workers: number;
  strategy: Strategy;
  chunkCount: number;
  totalItems: number;
  status: RunStatus;
  error: string | null;
  /** Starting the workers, measured apart from the run. */
  spawnMs: number | null;
  /** Warming up the kernel on every worker, measured apart from the run. */
  warmUpMs: number | null;
  /** The timed region's start, on the Unix-epoch clock (null until workers are up). */
  runStartEpochMs: number | null;
  /** Final wall time, set when the run ends. */
  wallMs: number | null;
  itemsDone: number;
  events: ChunkEvent<R>[];
  /** Per worker, the chunk it is computing now (null when idle). */
  inFlight: (ChunkDispatch | null)[];
  /** The page's own thread during the timed region. */
  page: PageResponsiveness;
  /**
   * What the run's views read live besides its events (threads mode: the simulated GIL's shared
   * memory). Given by whoever starts the run; not part of an export.
   */
  instruments: I;
}

export interface RunSetup<S, I> {
  experiment: string;
  settings: S;
  mode: RunMode;
  workers: number;
  strategy: Strategy;
  environment: RunEnvironment;
  instruments: I;
}

let runsStarted = 0;

export function newRunRecord<S, C, R, I, A>(setup: RunSetup<S, I>, job: Job<C, R, A>): RunRecord<S, R, I> {
  const workers = setup.mode === 'mainThread' ? 1 : setup.workers;
  return {
    id: ++runsStarted,
    ...setup,
    workers,
    chunkCount: job.chunks.length,
    totalItems: job.chunks.reduce((sum, chunk) => sum + job.itemsOf(chunk), 0),
    status: 'starting',
    error: null,
    spawnMs: null,
    warmUpMs: null,
    runStartEpochMs: null,
    wallMs: null,
    itemsDone: 0,
    events: [],
    inFlight: new Array<null>(workers).fill(null),
    page: { longTasks: 0, longestTaskMs: 0, frames: null, framesPerSecond: null },
  };
}

export interface WorkerTotals {
  worker: number;
  chunks: number;
  items: number;
  /** Time computing: finished chunks, plus the running one up to `nowMs`. */
  busyMs: number;
  /** Time in the run not spent computing: waiting for work, messaging, or finished early. */
  idleMs: number;
  /**
   * The part of idleMs before a chunk started: from the run's start or the end of the worker's
   * previous chunk until the next one began computing. The cost of asking for work.
   */
  waitingMs: number;
}

/** Per-worker busy, idle and waiting time over the run so far (`nowMs`: ms since the run started). */
export function workerTotals(record: Pick<RunRecord<unknown, unknown>, 'workers' | 'events' | 'inFlight'>, nowMs: number): WorkerTotals[] {
  const totals = Array.from({ length: record.workers }, (_, worker) => ({ worker, chunks: 0, items: 0, busyMs: 0, idleMs: 0, waitingMs: 0 }));
  const lastEnd = new Array<number>(record.workers).fill(0);
  // A worker runs one chunk at a time, so its own events arrive in the order they ran.
  for (const event of record.events) {
    const total = totals[event.worker];
    total.chunks++;
    total.items += event.items;
    total.busyMs += event.endMs - event.startMs;
    total.waitingMs += Math.max(0, event.startMs - lastEnd[event.worker]);
    lastEnd[event.worker] = event.endMs;
  }
  for (const running of record.inFlight) {
    if (!running) continue;
    totals[running.worker].busyMs += Math.max(0, nowMs - running.atMs);
    totals[running.worker].waitingMs += Math.max(0, running.atMs - lastEnd[running.worker]);
  }
  for (const total of totals) {
    total.idleMs = Math.max(0, nowMs - total.busyMs);
    total.waitingMs = Math.min(total.waitingMs, total.idleMs);
  }
  return totals;
}
