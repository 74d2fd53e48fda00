// From validated settings to a job: chunks of whole sample blocks, each with its random streams.
import { BLOCK_SIZE } from '../../kernels/rng';
import { piChunk, type PiChunkResult } from '../../kernels/pi';
import { timed } from '../../clock';
import type { Job } from '../../pool/job';
import type { Strategy } from '../../pool/types';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { TaskRunner } from '../../runs/live';
import { defaultGilSettings } from '../../gil/modes';
import { asSimulatedThreads, type SimulatedGil, type ThreadsCapable } from '../../gil/threadsMode';
import { captureEnvironment } from '../../platform';
import { blocksFor, type PiParams } from './params';

export interface PiChunkPlan {
  /** Random stream of the chunk's first block; its block i draws from stream firstStream + i. */
  firstStream: number;
  samples: number;
}

/** Darts recorded for the dartboard over the whole run. */
export const DARTBOARD_POINTS = 4000;

/** Darts each fresh worker throws before the timed region: enough for V8 to optimise the loop. */
export const WARM_UP_SAMPLES = 1 << 21;

/** Cuts the run's blocks into `chunks` nearly equal runs of whole blocks; block k uses stream k. */
export function planPiChunks(samples: number, chunks: number): PiChunkPlan[] {
  const blocks = blocksFor(samples);
  const count = Math.max(1, Math.min(chunks, blocks));
  const plans: PiChunkPlan[] = [];
  for (let i = 0; i < count; i++) {
    const firstBlock = Math.floor((i * blocks) / count);
    const endBlock = Math.floor(((i + 1) * blocks) / count);
    plans.push({ firstStream: firstBlock, samples: Math.min(endBlock * BLOCK_SIZE, samples) - firstBlock * BLOCK_SIZE });
  }
  return plans;
}

/**
 * The book's un-seeded fork bug: each of the W workers gets samples / W darts (rounded down, as
 * `n // W` in the book) and draws them all from the same streams, starting at stream 0, as forked
 * processes that inherit one generator state would. Chunks are listed worker by worker, so static
 * blocks scheduling hands each worker exactly its own share.
 */
export function planSameSeedChunks(samples: number, workers: number, chunks: number): PiChunkPlan[] {
  const share = Math.floor(samples / workers);
  const perWorker = Math.max(1, Math.min(Math.round(chunks / workers), blocksFor(share)));
  const oneShare = planPiChunks(share, perWorker);
  return Array.from({ length: workers }, () => oneShare).flat();
}

/** Same seed: every worker must run its own share, so the schedule is fixed in advance. */
export function piStrategy(params: PiParams): Strategy {
  return params.sameSeed ? 'static' : 'dynamic';
}

export function makePiJob(params: PiParams, seed: number): Job<PiChunkPlan, PiChunkResult> & ThreadsCapable<PiChunkPlan, PiChunkResult> {
  const chunks = params.sameSeed ? planSameSeedChunks(params.samples, params.workers, params.chunks) : planPiChunks(params.samples, params.chunks);
  const blocks = blocksFor(params.samples);
  const pointBlockStride = Math.max(1, Math.floor(blocks / DARTBOARD_POINTS));
  const pointsPerBlock = Math.max(1, Math.floor(DARTBOARD_POINTS / blocks));
  const inputFor = (plan: PiChunkPlan) => ({ seed, ...plan, pointBlockStride, pointsPerBlock, kernel: params.kernel });

  return {
    chunks,
    itemsOf: (plan) => plan.samples,
    onWorker: (remote, plan) => remote.piChunk(inputFor(plan)),
    onGilThread: (remote, plan, thread) => remote.gilPiChunk(inputFor(plan), thread),
    onThisThread: (plan) => timed(piChunk)({ seed, ...plan, pointBlockStride, pointsPerBlock }),
    // Also compiles and warms up a WebAssembly kernel, so its first timed chunk runs optimised code.
    warmUp: (remote) => remote.piChunk({ seed, firstStream: 0, samples: WARM_UP_SAMPLES, kernel: params.kernel }),
  };
}

/** A run's settings: the seed actually used travels with them. */
export interface PiRunSettings extends Omit<PiParams, 'seed'> {
  seed: number;
  /** The seed was drawn at random for this run (the Seed field was empty). */
  randomSeed: boolean;
}

export type PiRecord = RunRecord<PiRunSettings, PiChunkResult, SimulatedGil | null>;

/** A run's record and job: on workers, on the page, or on workers acting as threads under a GIL. */
export function preparePiRun(params: PiParams, seed: number): { record: PiRecord; job: Job<PiChunkPlan, PiChunkResult> } {
  const job = makePiJob(params, seed);
  const threads = params.mode === 'threads' ? asSimulatedThreads(job, defaultGilSettings(params.policy), params.workers) : null;
  const setup = {
    experiment: 'pi',
    settings: { ...params, seed, randomSeed: params.seed === null },
    mode: params.mode,
    workers: params.workers,
    strategy: piStrategy(params),
    environment: captureEnvironment(),
    instruments: threads?.gil ?? null,
  };
  return { record: newRunRecord(setup, threads?.job ?? job), job: threads?.job ?? job };
}

/** A single run, as a task of the lab. */
export type PiRunTask = Series<PiParams, PiRecord, never>;

export function newPiRunTask(params: PiParams, seed: number): { task: PiRunTask; run: TaskRunner<PiRunTask> } {
  const task = newSeries<PiParams, PiRecord, never>('run', [params]);
  return { task, run: (state, context) => runSeries(state, { prepare: (p) => preparePiRun(p, seed), toPoint: () => null }, context) };
}
