// The API a compute worker exposes: kernels wrapped with timing, nothing else.
import { piKernel } from '../src/kernels/pi';
import { costProfileKernel, primeKernel, type CostProfile, type PrimeChunkInput, type PrimeChunkResult } from '../src/kernels/primes';
import type { PiChunkInput, PiChunkResult } from '../src/kernels/pi';
import { epochNow, timed, type Timed } from '../src/clock';
import { runSimulatedThread, warmUpThread, type ThreadPlan } from '../src/gil/thread';
import { piChunkUnderGil, primeChunkUnderGil } from '../src/gil/chunks';
import type { GilSettings } from '../src/gil/lock';
import type { GilBuffers } from '../src/gil/shared';
import { runInPieces } from './runInPieces';

/** Darts per piece of a pi chunk: 16 blocks, well under a millisecond. */
const PI_PIECE_SAMPLES = 1 << 16;
/** Trial divisions per piece of a prime chunk, at worst: about a millisecond. */
const PRIME_PIECE_DIVISIONS = 1 << 18;

export const computeApi = {
  /** Answers once the worker has loaded: the pool measures spawn time with it. */
  ping: (): true => true,
  piChunk: (input: PiChunkInput): Promise<Timed<PiChunkResult>> => runInPieces(piKernel, input, PI_PIECE_SAMPLES),
  primeChunk: (input: PrimeChunkInput): Promise<Timed<PrimeChunkResult>> => runInPieces(primeKernel, input, PRIME_PIECE_DIVISIONS),
  costProfile: (numbers: Float64Array): Promise<Timed<CostProfile>> => runInPieces(costProfileKernel, numbers, PRIME_PIECE_DIVISIONS),
  /** The labs' threads mode: a chunk computed only while this thread holds the simulated GIL. */
  gilPiChunk: piChunkUnderGil,
  gilPrimeChunk: primeChunkUnderGil,
  /** Runs one simulated thread to the end: blocks this worker until its work is done (or Stop). */
  gilThread: timed((buffers: GilBuffers, plan: ThreadPlan, settings: GilSettings) => runSimulatedThread(buffers, plan, settings, { epochNow })),
  gilWarmUp: warmUpThread,
};

export type ComputeApi = typeof computeApi;
