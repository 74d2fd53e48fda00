// The smallest-factor histogram: every number below the limit checked on the workers, a chunk
// of the range at a time, the counts added up on the page.
import { maxFactorBelow, type FactorHistogram, type HistogramRange } from '../../kernels/factorHistogram';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { QueuesApi } from '../../../workers/queuesApi';
import type { HistogramParams } from './earlyExitParams';
import { createQueuesWorker } from './worker';

/** Chunks per worker: later chunks hold larger numbers and cost more, so the queue balances them. */
const CHUNKS_PER_WORKER = 8;

export type HistogramRecord = RunRecord<HistogramParams, FactorHistogram, null>;
export type HistogramTask = Series<HistogramParams, HistogramRecord, never>;

export function histogramChunks({ to, workers }: HistogramParams): HistogramRange[] {
  const count = workers * CHUNKS_PER_WORKER;
  const maxFactor = maxFactorBelow(to);
  return Array.from({ length: count }, (_, i) => ({
    from: 2 + Math.floor((i * (to - 2)) / count),
    to: 2 + Math.floor(((i + 1) * (to - 2)) / count),
    maxFactor,
  }));
}

function prepare(params: HistogramParams): { record: HistogramRecord; job: Job<HistogramRange, FactorHistogram, QueuesApi> } {
  const job: Job<HistogramRange, FactorHistogram, QueuesApi> = {
    chunks: histogramChunks(params),
    itemsOf: (range) => range.to - range.from,
    worker: createQueuesWorker,
    onWorker: (remote, range) => remote.factorHistogram(range),
  };
  const setup = {
    experiment: 'queues',
    settings: params,
    mode: 'workers' as const,
    workers: params.workers,
    strategy: 'dynamic' as const,
    environment: captureEnvironment(),
    instruments: null,
  };
  return { record: newRunRecord(setup, job), job };
}

export function newHistogramTask(params: HistogramParams): { task: HistogramTask; run: TaskRunner<HistogramTask> } {
  const task = newSeries<HistogramParams, HistogramRecord, never>('histogram', [params]);
  return { task, run: (state, context) => runSeries(state, { prepare, toPoint: () => null }, context) };
}
