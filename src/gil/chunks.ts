// Chunks of the labs' kernels run as simulated threads: the chunk is cut into ticks, and the
// thread computes a tick only while it holds the simulated GIL (the labs' "threads" mode).
// The results equal the kernels' own, tick by tick.
import { epochNow } from '../clock';
import { piKernel, type PiChunkInput, type PiChunkResult } from '../kernels/pi';
import type { Divisible } from '../kernels/pieces';
import { primeKernel, worstCaseDivisions, type PrimeChunkInput, type PrimeChunkResult } from '../kernels/primes';
import { BLOCK_SIZE } from '../kernels/rng';
import type { Timed } from '../clock';
import { atomicsSync, SimulatedGil, type GilSettings } from './lock';
import { StateRecorder } from './recorder';
import { STATE, threadViews, type GilBuffers } from './shared';

/** Which thread of which run a chunk call belongs to. */
export interface GilThreadContext {
  buffers: GilBuffers;
  thread: number;
  settings: GilSettings;
}

/** Trial divisions per tick of a prime chunk, at worst: 64 numbers near the book's range. */
const PRIME_TICK_DIVISIONS = 64 * worstCaseDivisions(100_000_001);

/** Takes the lock, computes the chunk a tick at a time with a checkpoint after each, and lets the lock go. */
function underGil<I, R>(kernel: Divisible<I, R>, input: I, tickSize: number, context: GilThreadContext): Timed<R> {
  const views = threadViews(context.buffers, context.thread);
  const startEpochMs = new Float64Array(context.buffers.start)[0];
  const recorder = new StateRecorder(views, () => epochNow() - startEpochMs);
  const gil = new SimulatedGil(views, context.settings, recorder, atomicsSync);
  gil.take();
  // The chunk starts once the thread holds the lock; later waits (the lock passed on mid-chunk)
  // stay inside it, and the run view says so.
  const started = epochNow();
  const parts = kernel.split(input, tickSize).map((tick) => {
    const part = kernel.run(tick);
    gil.checkpoint();
    return part;
  });
  // Back in the pool's queue, a thread waits for work without the lock.
  gil.release(STATE.DONE);
  return { result: kernel.join(parts, input), startEpochMs: started, endEpochMs: epochNow() };
}

/** A pi chunk, one block (4,096 darts) per tick, by the JavaScript kernel unless given another. */
export function piChunkUnderGil(input: PiChunkInput, context: GilThreadContext, run = piKernel.run): Timed<PiChunkResult> {
  return underGil({ ...piKernel, run }, input, BLOCK_SIZE, context);
}

/** A prime chunk, PRIME_TICK_DIVISIONS trial divisions per tick at worst. */
export function primeChunkUnderGil(input: PrimeChunkInput, context: GilThreadContext, run = primeKernel.run): Timed<PrimeChunkResult> {
  return underGil({ ...primeKernel, run }, input, PRIME_TICK_DIVISIONS, context);
}
