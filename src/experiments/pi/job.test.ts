import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../../kernels/rng';
import { piChunk } from '../../kernels/pi';
import { makePiJob, planPiChunks } from './job';
import type { PiParams } from './params';

const params = (changes: Partial<PiParams>): PiParams => ({
  samples: 1_000_000, workers: 2, chunks: 8, seed: 1, mode: 'workers', sameSeed: false, ...changes,
});

describe('planPiChunks', () => {
  it('covers every sample once, in whole blocks but the last', () => {
    for (const [samples, chunks] of [[1_000_000, 7], [1000, 5], [BLOCK_SIZE * 10, 10], [123_456_789, 64]]) {
      const plans = planPiChunks(samples, chunks);
      expect(plans.reduce((sum, p) => sum + p.samples, 0)).toBe(samples);
      for (let i = 1; i < plans.length; i++) {
        expect(plans[i].firstBlock * BLOCK_SIZE).toBe(plans[i - 1].firstBlock * BLOCK_SIZE + plans[i - 1].samples);
      }
      expect(plans.length).toBe(Math.min(chunks, Math.ceil(samples / BLOCK_SIZE)));
    }
  });
});

/** Runs a job's chunks on this thread as a given worker would, returning darts inside. */
function insideFor(job: ReturnType<typeof makePiJob>, assignment: number[]): number[] {
  const perWorker: number[] = [];
  const before: number[] = [];
  job.chunks.forEach((plan, c) => {
    const worker = assignment[c];
    const { result } = job.onThisThread(plan, { worker, workerItemsBefore: before[worker] ?? 0 });
    before[worker] = (before[worker] ?? 0) + plan.samples;
    perWorker[worker] = (perWorker[worker] ?? 0) + result.inside;
  });
  return perWorker;
}

describe('makePiJob', () => {
  it('gives the same total for any chunking and any worker assignment', () => {
    const whole = piChunk({ seed: 9, firstStream: 0, samples: 1_000_000 }).inside;
    for (const chunks of [1, 3, 8, 245]) {
      const job = makePiJob(params({ seed: 9, chunks }), 9);
      const total = (assign: (c: number) => number) =>
        insideFor(job, job.chunks.map((_, c) => assign(c))).reduce((a, b) => a + (b ?? 0), 0);
      expect(total(() => 0)).toBe(whole);
      expect(total((c) => c % 3)).toBe(whole);
      expect(total((c) => (c * 7) % 5)).toBe(whole);
    }
  });

  it('with the same-seed bug, workers given equal work count exactly the same darts', () => {
    const job = makePiJob(params({ samples: 4 * BLOCK_SIZE * 10, chunks: 4, sameSeed: true }), 5);
    const perWorker = insideFor(job, [0, 1, 2, 3]);
    expect(new Set(perWorker).size).toBe(1);
    const honest = insideFor(makePiJob(params({ samples: 4 * BLOCK_SIZE * 10, chunks: 4 }), 5), [0, 1, 2, 3]);
    expect(new Set(honest).size).toBeGreaterThan(1);
  });

  it('records about DARTBOARD_POINTS darts over the run, whatever its size', () => {
    for (const samples of [100_000, 10_000_000]) {
      const job = makePiJob(params({ samples, chunks: 4 }), 3);
      const points = job.chunks.reduce((sum, plan) => sum + job.onThisThread(plan, { worker: 0, workerItemsBefore: 0 }).result.points.length / 2, 0);
      expect(points).toBeGreaterThan(2000);
      expect(points).toBeLessThan(8200);
    }
  });
});
