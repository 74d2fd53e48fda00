// From validated settings to a job: chunks of whole sample blocks, each with its random streams.
import { BLOCK_SIZE } from '../../kernels/rng';
import { piChunk, type PiChunkResult } from '../../kernels/pi';
import { timed } from '../../pool/timed';
import type { Job } from '../../pool/runJob';
import type { ChunkContext } from '../../pool/types';
import { newRunRecord } from '../../runs/executeRun';
import type { RunRecord } from '../../runs/record';
import { blocksFor, type PiParams } from './params';

export interface PiChunkPlan {
  /** Index of the chunk's first block among all blocks of the run. */
  firstBlock: number;
  samples: number;
}

/** Darts recorded for the dartboard over the whole run. */
export const DARTBOARD_POINTS = 4000;

/** Cuts the run's blocks into `chunks` nearly equal runs of whole blocks. */
export function planPiChunks(samples: number, chunks: number): PiChunkPlan[] {
  const blocks = blocksFor(samples);
  const count = Math.max(1, Math.min(chunks, blocks));
  const plans: PiChunkPlan[] = [];
  for (let i = 0; i < count; i++) {
    const firstBlock = Math.floor((i * blocks) / count);
    const endBlock = Math.floor(((i + 1) * blocks) / count);
    plans.push({ firstBlock, samples: Math.min(endBlock * BLOCK_SIZE, samples) - firstBlock * BLOCK_SIZE });
  }
  return plans;
}

export function makePiJob(params: PiParams, seed: number): Job<PiChunkPlan, PiChunkResult> {
  const blocks = blocksFor(params.samples);
  const pointBlockStride = Math.max(1, Math.floor(blocks / DARTBOARD_POINTS));
  const pointsPerBlock = Math.max(1, Math.floor(DARTBOARD_POINTS / blocks));

  const inputFor = (plan: PiChunkPlan, context: ChunkContext) => ({
    seed,
    // Normally block k draws from stream k. With the same-seed bug each worker counts its own
    // blocks from 0, so every worker replays one sequence, like forked, un-reseeded processes.
    firstStream: params.sameSeed ? Math.floor(context.workerItemsBefore / BLOCK_SIZE) : plan.firstBlock,
    samples: plan.samples,
    pointBlockStride,
    pointsPerBlock,
  });

  return {
    chunks: planPiChunks(params.samples, params.chunks),
    itemsOf: (plan) => plan.samples,
    onWorker: (remote, plan, context) => remote.piChunk(inputFor(plan, context)),
    onThisThread: (plan, context) => timed(piChunk)(inputFor(plan, context)),
  };
}

/** A pi run's record: the seed actually used travels with it. */
export type PiRecord = RunRecord<PiParams, PiChunkResult> & { seed: number };

export function newPiRecord(params: PiParams, seed: number, job: Job<PiChunkPlan, PiChunkResult>): PiRecord {
  const setup = { experiment: 'pi', params, mode: params.mode, workers: params.workers, strategy: 'dynamic' as const };
  return { ...newRunRecord(setup, job), seed };
}
