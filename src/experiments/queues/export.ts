// How the queues lab states its tasks in an export: the one format every lab uses.
import type { LabExports } from '../../lab/exports';
import type { CountingResult } from '../../kernels/counting';
import type { FactorHistogram } from '../../kernels/factorHistogram';
import type { ExportDescription } from '../../runs/exportFormat';
import type { ShareOutcome } from '../../../workers/queuesApi';
import type { EarlyExitPoint, EarlyExitRecord } from './earlyExitJob';
import type { HistogramRecord } from './histogramJob';
import type { IpcPoint, IpcRecord, IpcResult, IpcTask } from './ipcJob';
import type { LostUpdatePoint, LostUpdateRecord } from './lostUpdatesJob';
import type { LaneResult } from './parent';
import type { QueueRecord } from './queueJob';
import type { WayPoint } from './queueTasks';

export const queueExport: ExportDescription<QueueRecord, LaneResult, WayPoint> = {
  event: ({ taken, primes, computeMs, activeMs, pill, finished }) => ({ taken, primes, computeMs, activeMs, pill, finished }),
  run(record) {
    const { way, numbers, skipEven, batchSize } = record.settings;
    const { sent, primes, primeSum, pillsSent, finishedFlags } = record.instruments;
    return { way, numbers, skipEven, batchSize, sent, primes, primeSum, pillsSent, finishedFlags };
  },
  point: (point) => ({ ...point }),
};

export const ipcExport: ExportDescription<IpcRecord, IpcResult, IpcPoint> = {
  event: ({ complete, rounds }) => ({ complete, rounds }),
  run: ({ settings }) => ({ method: settings.method, n: settings.n }),
  point: (point) => ({ ...point }),
  // The measurements refused (too long, or no shared memory), in a line.
  task: (series) => ({ refused: (series as IpcTask).refused.map((r) => `${r.method} N=${r.n}: ${r.reason}`).join('; ') }),
};

export const earlyExitExport: ExportDescription<EarlyExitRecord, ShareOutcome, EarlyExitPoint> = {
  event: ({ factor, divisions, stopped, setFlag, sawFlag, costRatios }) => ({ factor, divisions, stopped, setFlag, sawFlag, costBlocks: costRatios.length }),
  run: ({ settings }) => ({ ...settings }),
  point: ({ workers: _workers, ...point }) => ({ ...point }),
};

export const histogramExport: ExportDescription<HistogramRecord, FactorHistogram, never> = {
  event: ({ composites, primes }) => ({ composites, primes }),
  run: (record) => ({
    to: record.settings.to,
    composites: record.events.reduce((sum, e) => sum + e.result.composites, 0),
    primes: record.events.reduce((sum, e) => sum + e.result.primes, 0),
  }),
};

export const lostUpdateExport: ExportDescription<LostUpdateRecord, CountingResult, LostUpdatePoint> = {
  event: ({ increments, stopped }) => ({ increments, stopped }),
  run: ({ settings }) => ({ ...settings }),
  point: (point) => ({ ...point }),
};

/** How each kind of task the lab runs is stated, by its kind. */
export const queuesExports: LabExports = {
  run: queueExport,
  queueSweep: queueExport,
  ipc: ipcExport,
  verify: earlyExitExport,
  intervals: earlyExitExport,
  histogram: histogramExport,
  lostUpdates: lostUpdateExport,
};
