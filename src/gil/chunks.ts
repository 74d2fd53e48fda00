// Chunks of the labs' kernels run as simulated threads: the chunk is cut into ticks, and the
// thread computes a tick only while it holds the simulated GIL (the labs' "threads" mode).
// The results equal the kernels' own, tick by tick.
import { epochNow } from '../clock';
import { piChunk, type PiChunkInput, type PiChunkResult } from '../kernels/pi';
import { checkPrimeChunk, type PrimeChunkInput, type PrimeChunkResult } from '../kernels/primes';
import { BLOCK_SIZE } from '../kernels/rng';
import type { Timed } from '../pool/types';
import { atomicsSync, SimulatedGil, type GilSettings } from './lock';
import { StateRecorder } from './recorder';
import { STATE, threadViews, type GilBuffers } from './shared';

/** Which thread of which run a chunk call belongs to. */
export interface GilThreadContext {
  buffers: GilBuffers;
  thread: number;
  settings: GilSettings;
}

/** Numbers per tick of a prime chunk: about as long as a pi tick near the book's range. */
const PRIME_TICK_NUMBERS = 64;

/** Takes the lock, runs every tick with a checkpoint after each, and lets the lock go. */
function underGil<T>(context: GilThreadContext, ticks: readonly (() => T)[]): Timed<T[]> {
  const views = threadViews(context.buffers, context.thread);
  const startEpochMs = new Float64Array(context.buffers.start)[0];
  const recorder = new StateRecorder(views, () => epochNow() - startEpochMs);
  const gil = new SimulatedGil(views, context.settings, recorder, atomicsSync);
  gil.take();
  // The chunk starts once the thread holds the lock; later waits (the lock passed on mid-chunk)
  // stay inside it, and the run view says so.
  const started = epochNow();
  const results = ticks.map((tick) => {
    const result = tick();
    gil.checkpoint();
    return result;
  });
  // Back in the pool's queue, a thread waits for work without the lock.
  gil.release(STATE.DONE);
  return { result: results, startEpochMs: started, endEpochMs: epochNow() };
}

/** A pi chunk, one block (4,096 darts) per tick. */
export function piChunkUnderGil(input: PiChunkInput, context: GilThreadContext): Timed<PiChunkResult> {
  const blocks = Math.ceil(input.samples / BLOCK_SIZE);
  const ticks = Array.from({ length: blocks }, (_, b) => () =>
    piChunk({ ...input, firstStream: input.firstStream + b, samples: Math.min(BLOCK_SIZE, input.samples - b * BLOCK_SIZE) }),
  );
  const { result: parts, ...interval } = underGil(context, ticks);
  const points = new Float32Array(parts.reduce((n, p) => n + p.points.length, 0));
  let offset = 0;
  for (const part of parts) {
    points.set(part.points, offset);
    offset += part.points.length;
  }
  return { ...interval, result: { samples: input.samples, inside: parts.reduce((n, p) => n + p.inside, 0), points } };
}

/** A prime chunk, PRIME_TICK_NUMBERS numbers per tick. */
export function primeChunkUnderGil(input: PrimeChunkInput, context: GilThreadContext): Timed<PrimeChunkResult> {
  const { numbers } = input;
  const slices: PrimeChunkInput['numbers'][] = [];
  if ('list' in numbers) {
    for (let i = 0; i < numbers.list.length; i += PRIME_TICK_NUMBERS) slices.push({ list: numbers.list.subarray(i, i + PRIME_TICK_NUMBERS) });
  } else {
    const span = PRIME_TICK_NUMBERS * numbers.step;
    for (let from = numbers.from; from < numbers.to; from += span) slices.push({ from, to: Math.min(numbers.to, from + span), step: numbers.step });
  }
  const keep = input.keepPrimes ?? 0;
  const { result: parts, ...interval } = underGil(
    context,
    slices.map((slice) => () => checkPrimeChunk({ numbers: slice, keepPrimes: keep })),
  );
  const total: PrimeChunkResult = { checked: 0, primes: 0, divisions: 0, samplePrimes: [] };
  for (const part of parts) {
    total.checked += part.checked;
    total.primes += part.primes;
    total.divisions += part.divisions;
    total.samplePrimes.push(...part.samplePrimes.slice(0, keep - total.samplePrimes.length));
  }
  return { ...interval, result: total };
}
