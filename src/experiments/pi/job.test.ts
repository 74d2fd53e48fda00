import { describe, expect, it, vi } from 'vitest';
import { BLOCK_SIZE } from '../../kernels/rng';
import { piChunk } from '../../kernels/pi';
import { createChunkSource } from '../../pool/chunkSource';
import { makePiJob, piStrategy, planPiChunks, planSameSeedChunks, preparePiRun } from './job';
import { autoChunks, type PiParams } from './params';

const params = (changes: Partial<PiParams>): PiParams => ({
  samples: 1_000_000, workers: 2, chunks: 8, seed: 1, mode: 'workers', policy: 'new', sameSeed: false, kernel: 'js', ...changes,
});

describe('planPiChunks', () => {
  it('covers every sample once, in whole blocks but the last', () => {
    for (const [samples, chunks] of [[1_000_000, 7], [1000, 5], [BLOCK_SIZE * 10, 10], [123_456_789, 64]]) {
      const plans = planPiChunks(samples, chunks);
      expect(plans.reduce((sum, p) => sum + p.samples, 0)).toBe(samples);
      for (let i = 1; i < plans.length; i++) {
        expect(plans[i].firstStream * BLOCK_SIZE).toBe(plans[i - 1].firstStream * BLOCK_SIZE + plans[i - 1].samples);
      }
      expect(plans.length).toBe(Math.min(chunks, Math.ceil(samples / BLOCK_SIZE)));
    }
  });
});

/** Runs a job's chunks on this thread, assigned to workers as the strategy would, and counts per worker. */
function insidePerWorker(p: PiParams, seed: number): number[] {
  const job = makePiJob(p, seed);
  const source = createChunkSource(piStrategy(p), job.chunks.length, p.workers);
  return Array.from({ length: p.workers }, (_, w) => {
    let inside = 0;
    for (let c = source.next(w); c !== undefined; c = source.next(w)) inside += job.onThisThread!(job.chunks[c]).result.inside;
    return inside;
  });
}

describe('makePiJob', () => {
  it('gives the same total for any chunking and any worker assignment', () => {
    const whole = piChunk({ seed: 9, firstStream: 0, samples: 1_000_000 }).inside;
    for (const chunks of [1, 3, 8, 245]) {
      const job = makePiJob(params({ seed: 9, chunks }), 9);
      for (const assign of [() => 0, (c: number) => c % 3, (c: number) => (c * 7) % 5]) {
        const perWorker = new Map<number, number>();
        job.chunks.forEach((plan, c) => perWorker.set(assign(c), (perWorker.get(assign(c)) ?? 0) + job.onThisThread!(plan).result.inside));
        expect([...perWorker.values()].reduce((a, b) => a + b, 0)).toBe(whole);
      }
    }
  });

  it('with the same-seed bug, every worker counts exactly the same darts, at the default settings too', () => {
    for (const workers of [2, 3, 4, 7, 16]) {
      const samples = 10_000_000;
      const counts = insidePerWorker(params({ samples, workers, chunks: autoChunks(samples, workers), sameSeed: true }), 5);
      expect(new Set(counts).size, `${workers} workers`).toBe(1);
      // ...and each worker's count is what one worker throwing samples / W darts would get.
      expect(counts[0]).toBe(piChunk({ seed: 5, firstStream: 0, samples: Math.floor(samples / workers) }).inside);
    }
    const honest = insidePerWorker(params({ samples: 10_000_000, workers: 4, chunks: 16 }), 5);
    expect(new Set(honest).size).toBeGreaterThan(1);
  });

  it('gives each worker n // W darts in same-seed mode, in equal chunk counts', () => {
    const plans = planSameSeedChunks(1_000_003, 4, 10);
    expect(plans.length % 4).toBe(0);
    expect(plans.reduce((sum, p) => sum + p.samples, 0)).toBe(4 * 250_000);
  });

  it('records about DARTBOARD_POINTS darts over the run, whatever its size', () => {
    for (const samples of [100_000, 10_000_000]) {
      const job = makePiJob(params({ samples, chunks: 4 }), 3);
      const points = job.chunks.reduce((sum, plan) => sum + job.onThisThread!(plan).result.points.length / 2, 0);
      expect(points).toBeGreaterThan(2000);
      expect(points).toBeLessThan(8200);
    }
  });
});

describe('a pi run', () => {
  it('in threads mode, wraps the job with a simulated GIL of the chosen policy and one slot per thread', () => {
    vi.stubGlobal('navigator', { userAgent: 'test', hardwareConcurrency: 2 }); // Node 20 has none
    const { record } = preparePiRun(params({ mode: 'threads', policy: 'old', workers: 3 }), 1);
    expect(record.instruments?.settings).toEqual({ policy: 'old', checkInterval: 100, switchIntervalMs: 5 });
    expect(record.instruments?.buffers.logCounts.byteLength).toBe(3 * 4);
    expect(record.settings).toMatchObject({ seed: 1, randomSeed: false, mode: 'threads' });
    expect(preparePiRun(params({ mode: 'workers', policy: 'old', seed: null }), 5).record).toMatchObject({ instruments: null, settings: { seed: 5, randomSeed: true } });
    vi.unstubAllGlobals();
  });
});
