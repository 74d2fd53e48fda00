// A queue run as a job on the engine: one chunk per worker, each the worker's whole consuming
// loop, while the page (the parent) feeds the queue from the job's start hook.
import type { Remote } from 'comlink';
import { epochNow, type Timed } from '../../clock';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import { newRunRecord, type RunRecord } from '../../runs/record';
import type { NumberRun, QueuesApi } from '../../../workers/queuesApi';
import { messageParent } from './messageParent';
import type { LaneResult, QueueParent } from './parent';
import { FIRST_NUMBER, itemCount, type QueueNumbers, type Way } from './form';
import { newQueueLive, type QueueLive } from './queueLive';
import { ringParent } from './ringParent';
import { createQueuesWorker } from './worker';

export interface QueueRunSettings extends QueueNumbers {
  way: Way;
  workers: number;
  batchSize: number;
}

export type QueueRecord = RunRecord<QueueRunSettings, LaneResult, QueueLive>;

/** The numbers checked: [FIRST_NUMBER, FIRST_NUMBER + numbers), every one or the odd ones. */
export function numberRun({ numbers, skipEven }: QueueNumbers): NumberRun {
  return skipEven ? { from: FIRST_NUMBER + 1, to: FIRST_NUMBER + numbers, step: 2 } : { from: FIRST_NUMBER, to: FIRST_NUMBER + numbers, step: 1 };
}

export function queueItems(numbers: QueueNumbers): Float64Array {
  const { from, step } = numberRun(numbers);
  return Float64Array.from({ length: itemCount(numbers) }, (_, i) => from + i * step);
}

/** No queue: one worker checks every number in a plain loop, and sends back its count and sum. */
function noQueueParent(numbers: QueueNumbers, live: QueueLive): QueueParent {
  return {
    connect: async (remote) => void (await remote.warmUp()),
    start(runStartEpochMs) {
      live.runStartEpochMs = runStartEpochMs;
    },
    async lane(remote: Remote<QueuesApi>): Promise<Timed<LaneResult>> {
      const startEpochMs = epochNow();
      const checked = await remote.checkAll(numberRun(numbers));
      const endEpochMs = epochNow();
      const { primes, primeSum } = checked.result;
      Object.assign(live, { sent: checked.result.checked, primes, primeSum });
      const computeMs = checked.endEpochMs - checked.startEpochMs;
      return { result: { taken: checked.result.checked, primes, computeMs, activeMs: computeMs, pill: false, finished: false }, startEpochMs, endEpochMs };
    },
    close() {},
  };
}

export function prepareQueueRun(settings: QueueRunSettings): { record: QueueRecord; job: Job<number, LaneResult, QueuesApi> } {
  const workers = settings.way === 'none' ? 1 : settings.workers;
  const total = itemCount(settings);
  const live = newQueueLive(settings.way, workers, total);
  const parent =
    settings.way === 'none'
      ? noQueueParent(settings, live)
      : settings.way === 'ring'
        ? ringParent(queueItems(settings), live)
        : messageParent(settings.way, queueItems(settings), settings.batchSize, live);
  const lanes = Array.from({ length: workers }, (_, lane) => lane);
  const job: Job<number, LaneResult, QueuesApi> = {
    chunks: lanes,
    // A worker's share, for the run's totals: the queue decides who takes what.
    itemsOf: (lane) => Math.floor(((lane + 1) * total) / workers) - Math.floor((lane * total) / workers),
    worker: createQueuesWorker,
    warmUp: (remote, worker) => parent.connect(remote, worker),
    onStart: (runStartEpochMs) => parent.start(runStartEpochMs),
    onWorker: (remote, lane) => parent.lane(remote, lane),
    onEnd: () => parent.close(),
  };
  const setup = {
    experiment: 'queues',
    settings: { ...settings, workers },
    mode: 'workers' as const,
    workers,
    strategy: 'static' as const,
    environment: captureEnvironment(),
    instruments: live,
  };
  return { record: newRunRecord(setup, job), job };
}
