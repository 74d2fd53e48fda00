// How the I/O lab states its runs, sweeps and presets in an export.
import type { ExportDescription, Fields } from '../../runs/exportFormat';
import type { LabExports } from '../../lab/exports';
import type { IoRecord, RequestResult } from './job';
import { clientLabel, idealWaitMs, requestCount, serialWaitMs } from './params';
import { BOOK_DATABASE } from './plans';
import { tallyRequests, waitingShare } from './summary';
import type { IoPoint, IoTask } from './tasks';
import { wasHidden } from './visibility';

export const ioExport: ExportDescription<IoRecord, RequestResult, IoPoint> = {
  event: (result) => ({ ...result }),
  run(record) {
    const s = record.settings;
    const tally = tallyRequests(record.events);
    const wallMs = record.wallMs ?? 0;
    const visibility = record.instruments.visibility;
    return {
      client: s.client,
      clientLabel: clientLabel(s),
      items: s.requests,
      requests: requestCount(s),
      inFlight: s.inFlight,
      batchSize: s.batchSize,
      latencyMs: s.latencyMs,
      jitterMs: s.jitterMs,
      jitterSeed: s.jitterSeed,
      capacity: s.capacity,
      serverCpuMsPerItem: s.serverCpuMs,
      clientCpuMsPerItem: s.clientCpuMs,
      cpuOn: s.cpuOn,
      cpuWorkers: s.cpuOn === 'workers' ? s.cpuWorkers : null,
      dartsPerMs: s.dartsPerMs,
      clientDartsPerItem: s.clientDartsPerItem,
      serverDartsPerItem: s.serverDartsPerItem,
      serialWaitMs: serialWaitMs(s),
      ratioToSerialWait: record.status === 'done' && serialWaitMs(s) > 0 ? wallMs / serialWaitMs(s) : null,
      idealWaitMs: idealWaitMs(s),
      mostInFlight: tally.mostInFlight,
      mostServedAtOnce: tally.mostServedAtOnce,
      meanQueuedMs: tally.meanQueuedMs,
      meanWaitMs: tally.meanWaitMs,
      clientCpuBusyMs: tally.clientCpuBusyMs,
      waitingShare: record.status === 'done' ? waitingShare(tally, wallMs) : null,
      takenInHiddenTab: wasHidden(visibility),
      hiddenMs: visibility.hiddenMs,
    };
  },
  point: (point) => ({ ...point }),
  task: (series) => presetSummary(series as IoTask),
};

/** The database preset's measured ratio, beside the book's. */
export function presetSummary(task: IoTask): Fields {
  if (task.kind !== 'database' || task.points.length < 2) return {};
  const [serial, batched] = task.points;
  return {
    measuredRatio: serial.wallMs / batched.wallMs,
    bookRatio: BOOK_DATABASE.ratio,
    serialWaitingShare: serial.waitingShare,
    bookWaitingShare: BOOK_DATABASE.waitingShare,
  };
}

/** Every kind of task the lab runs is stated the same way: its runs, and a point per run. */
export const ioExports: LabExports = { run: ioExport, inFlight: ioExport, batchSize: ioExport, database: ioExport, cpu: ioExport };
