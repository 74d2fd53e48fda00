// A run's record: its settings, where it ran, and the event log every chart is drawn from.
import type { ChunkEvent, Strategy } from '../pool/types';

export type RunMode = 'workers' | 'mainThread';
export type RunStatus = 'starting' | 'running' | 'done' | 'stopped' | 'failed';

export interface RunEnvironment {
  userAgent: string;
  logicalCores: number;
  crossOriginIsolated: boolean;
  /** ISO time the run was started. */
  startedAt: string;
}

/** How the page's own thread fared during the run. */
export interface PageResponsiveness {
  /** Tasks over 50 ms, reported by the browser's Long Tasks API. */
  longTasks: number;
  longestTaskMs: number;
  /** Animation frames the page painted while the run was going. */
  frames: number;
}

export interface RunRecord<P, R> {
  experiment: string;
  params: P;
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
  /** The timed region's start, on the Unix-epoch clock (null until workers are up). */
  runStartEpochMs: number | null;
  /** Final wall time, set when the run ends. */
  wallMs: number | null;
  itemsDone: number;
  events: ChunkEvent<R>[];
  page: PageResponsiveness;
}

export function captureEnvironment(): RunEnvironment {
  return {
    userAgent: navigator.userAgent,
    logicalCores: navigator.hardwareConcurrency || 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    startedAt: new Date().toISOString(),
  };
}

export interface WorkerTotals {
  worker: number;
  chunks: number;
  items: number;
  busyMs: number;
  /** Time in the run not spent computing: waiting for work, messaging, or finished early. */
  idleMs: number;
}

/** Per-worker busy and idle time over a span of the run (the wall time, or elapsed so far). */
export function workerTotals(events: readonly ChunkEvent<unknown>[], workers: number, spanMs: number): WorkerTotals[] {
  const totals = Array.from({ length: workers }, (_, worker) => ({ worker, chunks: 0, items: 0, busyMs: 0, idleMs: 0 }));
  for (const event of events) {
    const total = totals[event.worker];
    total.chunks++;
    total.items += event.items;
    total.busyMs += event.endMs - event.startMs;
  }
  for (const total of totals) total.idleMs = Math.max(0, spanMs - total.busyMs);
  return totals;
}

/** Milliseconds the run has been going: final wall time once over, else time since start. */
export function elapsedMs(record: RunRecord<unknown, unknown>, nowEpochMs: number): number {
  if (record.wallMs !== null) return record.wallMs;
  return record.runStartEpochMs === null ? 0 : nowEpochMs - record.runStartEpochMs;
}
