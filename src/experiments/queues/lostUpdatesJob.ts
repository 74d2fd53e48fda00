// Lost updates: Workers workers add 1 to one shared counter, Increments times each, by each
// method in turn, each a run of its own on fresh workers, all starting from one starting line.
import { COUNTER, COUNTER_WORDS, type CountingMethod, type CountingResult } from '../../kernels/counting';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { QueuesApi } from '../../../workers/queuesApi';
import type { LostUpdateParams } from './lostUpdateParams';
import { createQueuesWorker } from './worker';

export const COUNTING_METHODS: CountingMethod[] = ['plain', 'atomic', 'locked'];

export const COUNTING_LABELS: Record<CountingMethod, string> = {
  plain: 'Plain read-modify-write',
  atomic: 'Atomics.add',
  locked: 'Under a lock (Atomics mutex)',
};

export type LostUpdateSettings = LostUpdateParams & { method: CountingMethod };
export type LostUpdateRecord = RunRecord<LostUpdateSettings, CountingResult, { words: SharedArrayBuffer }>;

export interface LostUpdatePoint {
  method: CountingMethod;
  expected: number;
  counted: number;
  lost: number;
  /** From the first worker leaving the starting line to the last one done. */
  ms: number;
}

export type LostUpdateTask = Series<CountingMethod, LostUpdateRecord, LostUpdatePoint> & { params: LostUpdateParams };

function prepare(params: LostUpdateParams, method: CountingMethod): { record: LostUpdateRecord; job: Job<number, CountingResult, QueuesApi> } {
  const words = new SharedArrayBuffer(COUNTER_WORDS * 4);
  const job: Job<number, CountingResult, QueuesApi> = {
    chunks: Array.from({ length: params.workers }, (_, lane) => lane),
    itemsOf: () => params.increments,
    worker: createQueuesWorker,
    warmUp: (remote) => remote.warmUpCounting(),
    onWorker: (remote) => remote.countUp(words, method, params.increments, params.workers),
    onEnd() {
      // Stop: wake workers waiting at the starting line or for the lock; each stops at once.
      const view = new Int32Array(words);
      Atomics.store(view, COUNTER.STOP, 1);
      Atomics.notify(view, COUNTER.ARRIVED);
      Atomics.notify(view, COUNTER.LOCK);
    },
  };
  const setup = {
    experiment: 'queues',
    settings: { ...params, method },
    mode: 'workers' as const,
    workers: params.workers,
    strategy: 'static' as const,
    environment: captureEnvironment(),
    instruments: { words },
  };
  return { record: newRunRecord(setup, job), job };
}

function toPoint(method: CountingMethod, record: LostUpdateRecord): LostUpdatePoint {
  const { workers, increments } = record.settings;
  const counted = new Int32Array(record.instruments.words)[COUNTER.VALUE];
  const starts = record.events.map((e) => e.startMs);
  const ends = record.events.map((e) => e.endMs);
  return { method, expected: workers * increments, counted, lost: workers * increments - counted, ms: Math.max(...ends) - Math.min(...starts) };
}

export function newLostUpdateTask(params: LostUpdateParams): { task: LostUpdateTask; run: TaskRunner<LostUpdateTask> } {
  const task: LostUpdateTask = { ...newSeries<CountingMethod, LostUpdateRecord, LostUpdatePoint>('lostUpdates', COUNTING_METHODS), params };
  return { task, run: (state, context) => runSeries(state, { prepare: (method) => prepare(params, method), toPoint }, context) };
}
