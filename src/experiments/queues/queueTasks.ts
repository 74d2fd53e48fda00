// The work queues' tasks: the run (no queue, then each way asked for) and the sweep (every
// queue kind at 1, 2, 4 and 8 workers beside no queue), each a series of runs on fresh workers.
import type { TaskRunner } from '../../runs/live';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { Way } from './form';
import type { QueueRunParams, QueueSweepParams } from './params';
import { prepareQueueRun, type QueueRecord, type QueueRunSettings } from './queueJob';

export interface WayPoint {
  way: Way;
  workers: number;
  wallMs: number;
  primes: number;
  primeSum: number;
  pillsSent: number;
  finishedFlags: number;
}

export type QueueTask = Series<QueueRunSettings, QueueRecord, WayPoint> & { kind: 'run' | 'queueSweep'; ringUnavailable: boolean };

function toPoint(settings: QueueRunSettings, record: QueueRecord): WayPoint {
  const live = record.instruments;
  return {
    way: settings.way,
    workers: record.workers,
    wallMs: record.wallMs ?? NaN,
    primes: live.primes,
    primeSum: live.primeSum,
    pillsSent: live.pillsSent,
    finishedFlags: live.finishedFlags,
  };
}

function newQueueTask(kind: QueueTask['kind'], steps: QueueRunSettings[], ringUnavailable: boolean): { task: QueueTask; run: TaskRunner<QueueTask> } {
  const task: QueueTask = { ...newSeries<QueueRunSettings, QueueRecord, WayPoint>(kind, steps), kind, ringUnavailable };
  return { task, run: (state, context) => runSeries(state, { prepare: prepareQueueRun, toPoint }, context) };
}

export function newQueueRunTask(params: QueueRunParams) {
  const { ways, ringUnavailable, ...rest } = params;
  return newQueueTask(
    'run',
    ways.map((way) => ({ ...rest, way })),
    ringUnavailable,
  );
}

export function newQueueSweep(params: QueueSweepParams) {
  const { kinds, workerCounts, ...numbers } = params;
  const steps: QueueRunSettings[] = [{ ...numbers, way: 'none', workers: 1 }];
  for (const way of kinds) for (const workers of workerCounts) steps.push({ ...numbers, way, workers });
  return { ...newQueueTask('queueSweep', steps, !kinds.includes('ring')), slot: 'queueSweep' };
}
