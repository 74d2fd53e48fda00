// Export documents for the workshop's tests, shaped as the labs' exports are.
import { APP_NAME, SCHEMA_VERSION, type ExportedRun, type Fields, type TaskExport } from '../../runs/exportFormat';

interface Options {
  experiment?: string;
  kind?: string;
  cores?: number;
  startedAt?: string;
  userAgent?: string;
  points?: Fields[];
  summary?: Fields;
  runs?: ExportedRun[];
}

export function exportedRun(changes: Partial<ExportedRun> = {}): ExportedRun {
  return {
    settings: { samples: 1_000_000, seed: 1 },
    mode: 'workers',
    workers: 2,
    strategy: 'dynamic',
    chunkCount: 2,
    totalItems: 1_000_000,
    status: 'done',
    error: null,
    spawnMs: 40,
    warmUpMs: 10,
    wallMs: 100,
    page: { longTasks: 0, longestTaskMs: 0, frames: null, framesPerSecond: null },
    summary: { samples: 1_000_000, inside: 785_398 },
    events: [
      { chunk: 0, worker: 0, items: 500_000, startMs: 0, endMs: 50, result: { samples: 500_000, inside: 392_700 } },
      { chunk: 1, worker: 1, items: 500_000, startMs: 0, endMs: 52, result: { samples: 500_000, inside: 392_698 } },
    ],
    ...changes,
  };
}

export function taskExport({
  experiment = 'pi',
  kind = 'run',
  cores = 4,
  startedAt = '2026-12-03T10:00:00.000Z',
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  points = [],
  summary = {},
  runs,
}: Options = {}): TaskExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    app: APP_NAME,
    experiment,
    kind,
    exportedAt: '2026-12-03T10:05:00.000Z',
    environment: { userAgent, logicalCores: cores, crossOriginIsolated: true, startedAt },
    status: 'done',
    error: null,
    summary,
    points,
    runs: runs ?? [exportedRun()],
  };
}

/** A pi worker sweep with these wall times by worker count. */
export function workerSweep(walls: Record<number, number>, options: Options = {}): TaskExport {
  const points = Object.entries(walls).map(([workers, wallMs]) => ({ workers: Number(workers), wallMs, startUpMs: 50, samplesPerSecond: 1e8, estimate: 3.14 }));
  return taskExport({ kind: 'workers', points, runs: points.map((p) => exportedRun({ workers: p.workers, wallMs: p.wallMs })), ...options });
}
