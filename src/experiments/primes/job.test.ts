import { describe, expect, it } from 'vitest';
import { runChunks } from '../../pool/runChunks';
import type { Strategy } from '../../pool/types';
import { makePrimeJob, planPrimeChunks } from './job';
import type { PrimeOrder } from './numbers';
import { defaultPrimeForm, validatePrimeForm, type PrimeParams } from './params';
import { chunkCountSteps, chunkSizeSteps, orderSteps } from './sweep';
import { idleSummary, tallyPrimes } from './summary';

const context = (cores: number, canShareMemory = true) => ({ cores, canShareMemory, wasmSimd: true });

function params(changes: Partial<PrimeParams> = {}): PrimeParams {
  const base = validatePrimeForm(defaultPrimeForm(2), context(2)).value!;
  return { ...base, from: 10_000, to: 1_000_000, chunkSize: 20_000, chunkSizeIsDefault: false, ...changes };
}

/** Runs a job on `workers` in-process executors (the kernel itself), scheduled as on real workers. */
async function runInProcess(p: PrimeParams, workers: number) {
  const job = makePrimeJob(p, 99);
  const events = await runChunks({
    chunks: job.chunks,
    itemsOf: job.itemsOf,
    workers,
    strategy: p.strategy,
    executors: Array.from({ length: workers }, () => async (chunk: (typeof job.chunks)[number]) => job.onThisThread!(chunk)),
    runStartEpochMs: Date.now(),
  });
  return { job, events };
}

describe('a prime job', () => {
  const strategies: Strategy[] = ['dynamic', 'static', 'roundRobin'];
  const orders: PrimeOrder[] = ['ascending', 'shuffled', 'costliest'];
  it.each(strategies.flatMap((strategy) => orders.map((order) => [strategy, order] as const)))(
    'finds the 77,269 primes of [10,000, 1,000,000) on 16 workers (%s, %s)',
    async (strategy, order) => {
      const { job, events } = await runInProcess(params({ strategy, order }), 16);
      expect(events).toHaveLength(job.chunks.length);
      expect(tallyPrimes(events)).toMatchObject({ primes: 77_269, checked: 990_000 });
      expect(new Set(events.map((e) => e.worker)).size).toBe(16);
    },
  );

  it('finds the same primes when skipping even numbers, checking half as many', async () => {
    const { events } = await runInProcess(params({ skipEven: true, order: 'shuffled' }), 3);
    expect(tallyPrimes(events)).toMatchObject({ primes: 77_269, checked: 495_000 });
  });

  it.each([0, 1, 2, 3])('counts 2 and the odd primes when skipping evens from %i, in any order', async (from) => {
    for (const order of orders) {
      const { events } = await runInProcess(params({ from, to: 10_000, chunkSize: 7, skipEven: true, order }), 3);
      expect(tallyPrimes(events).primes, order).toBe(from <= 2 ? 1_229 : 1_228);
    }
  });

  it('cuts into equal chunks by count, or by Pool.map’s size with a shorter last chunk', () => {
    expect(planPrimeChunks(params({ from: 0, to: 100 }), { by: 'count', count: 3 }, 0).map((c) => c.count)).toEqual([33, 33, 34]);
    expect(planPrimeChunks(params({ from: 0, to: 100 }), { by: 'size', size: 30 }, 0).map((c) => c.count)).toEqual([30, 30, 30, 10]);
  });
});

describe('sweep steps', () => {
  it('vary only their own setting', () => {
    const p = params({ workers: 3 });
    expect(chunkCountSteps(p).map((s) => s.chunking)).toEqual(Array.from({ length: 9 }, (_, i) => ({ by: 'count', count: i + 1 })));
    expect(orderSteps(p).map((s) => [s.params.order, s.params.chunkSize, s.params.workers])).toEqual([
      ['ascending', 20_000, 3],
      ['shuffled', 20_000, 3],
      ['costliest', 20_000, 3],
    ]);
    const sizes = chunkSizeSteps({ base: p, sizes: [1, 2, 5], defaultSize: 2 });
    expect(sizes.map((s) => [s.x, s.isDefault, s.params.chunkSize])).toEqual([[1, false, 1], [2, true, 2], [5, false, 5]]);
  });
});

describe('idle time of a run', () => {
  it('splits unused worker time into waiting between chunks and the tail after the last', () => {
    const result = { checked: 1, primes: 0, divisions: 1, samplePrimes: [] };
    const events = [
      { chunk: 0, worker: 0, items: 1, startMs: 1, endMs: 50, result },
      { chunk: 1, worker: 1, items: 1, startMs: 2, endMs: 30, result },
      { chunk: 2, worker: 1, items: 1, startMs: 32, endMs: 60, result },
    ];
    const idle = idleSummary({ workers: 2, events, inFlight: [null, null], wallMs: 60 });
    // Worker 1 waited 1 ms; worker 2 waited 2 + 2 ms; worker 1 then had 10 ms with nothing to do.
    expect(idle.waitingMs).toBeCloseTo(5);
    expect(idle.waitingPerChunkMs).toBeCloseTo(5 / 3);
    expect(idle.tailMs).toBeCloseTo(10);
    expect(idle.idleShare).toBeCloseTo(15 / 120);
  });
});
