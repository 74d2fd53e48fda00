// From validated settings to a job: the run's numbers, in its order, cut into chunks.
import { checkPrimeChunk, type PrimeChunkNumbers, type PrimeChunkResult } from '../../kernels/primes';
import { timed } from '../../clock';
import type { Job } from '../../pool/job';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { defaultGilSettings } from '../../gil/modes';
import { asSimulatedThreads, type SimulatedGil, type ThreadsCapable } from '../../gil/threadsMode';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { chunkBounds, chunkNumbers, numbersIn, type Chunking } from './numbers';
import type { PrimeParams } from './params';

export interface PrimeChunkPlan {
  numbers: PrimeChunkNumbers;
  /** How many numbers the chunk holds. */
  count: number;
}

/** Primes each chunk sends back for display. */
export const SAMPLE_PRIMES_PER_CHUNK = 5;

/**
 * What each fresh worker checks before the timed region, so its JIT compiler has optimised every
 * path of the kernel (ranges and lists; 32-bit and double arithmetic): about 10 ms of work.
 */
const WARM_UP_CHUNKS: PrimeChunkNumbers[] = [
  { from: 1_000_000, to: 1_010_000, step: 1 },
  { list: Float64Array.from({ length: 10_000 }, (_, i) => 2_000_000 - i) },
  { from: 2 ** 32 + 1, to: 2 ** 32 + 401, step: 2 },
];

export function planPrimeChunks(params: PrimeParams, chunking: Chunking, shuffleSeed: number): PrimeChunkPlan[] {
  const bounds = chunkBounds(numbersIn(params), chunking);
  return chunkNumbers(params, params.order, bounds, shuffleSeed).map((numbers, i) => ({ numbers, count: bounds[i][1] - bounds[i][0] }));
}

export function makePrimeJob(params: PrimeParams, shuffleSeed: number, chunking: Chunking = { by: 'size', size: params.chunkSize }): Job<PrimeChunkPlan, PrimeChunkResult> & ThreadsCapable<PrimeChunkPlan, PrimeChunkResult> {
  const inputFor = (plan: PrimeChunkPlan) => ({ numbers: plan.numbers, keepPrimes: SAMPLE_PRIMES_PER_CHUNK, kernel: params.kernel });
  return {
    chunks: planPrimeChunks(params, chunking, shuffleSeed),
    itemsOf: (plan) => plan.count,
    onWorker: (remote, plan) => remote.primeChunk(inputFor(plan)),
    onGilThread: (remote, plan, thread) => remote.gilPrimeChunk(inputFor(plan), thread),
    onThisThread: (plan) => timed(checkPrimeChunk)({ numbers: plan.numbers, keepPrimes: SAMPLE_PRIMES_PER_CHUNK }),
    warmUp: async (remote) => {
      for (const numbers of WARM_UP_CHUNKS) await remote.primeChunk({ numbers, kernel: params.kernel });
    },
  };
}

/** A run's settings: the shuffle's seed travels with them, so the order can be replayed. */
export type PrimeRunSettings = PrimeParams & { shuffleSeed: number | null };

export type PrimeRecord = RunRecord<PrimeRunSettings, PrimeChunkResult, SimulatedGil | null>;

/** A run's record and job, on workers or on workers acting as threads under a GIL. */
export function preparePrimeRun(params: PrimeParams, shuffleSeed: number, chunking?: Chunking): { record: PrimeRecord; job: Job<PrimeChunkPlan, PrimeChunkResult> } {
  const job = makePrimeJob(params, shuffleSeed, chunking);
  const threads = params.mode === 'threads' ? asSimulatedThreads(job, defaultGilSettings(params.policy), params.workers) : null;
  const setup = {
    experiment: 'primes',
    settings: { ...params, shuffleSeed: params.order === 'shuffled' ? shuffleSeed : null },
    mode: params.mode,
    workers: params.workers,
    strategy: params.strategy,
    environment: captureEnvironment(),
    instruments: threads?.gil ?? null,
  };
  return { record: newRunRecord(setup, threads?.job ?? job), job: threads?.job ?? job };
}

/** A single run, as a task of the lab. */
export type PrimeRunTask = Series<PrimeParams, PrimeRecord, never>;

export function newPrimeRunTask(params: PrimeParams, shuffleSeed: number): { task: PrimeRunTask; run: TaskRunner<PrimeRunTask> } {
  const task = newSeries<PrimeParams, PrimeRecord, never>('run', [params]);
  return { task, run: (state, context) => runSeries(state, { prepare: (p) => preparePrimeRun(p, shuffleSeed), toPoint: () => null }, context) };
}
