// The API a compute worker exposes: kernels wrapped with timing, nothing else.
import { piChunk, piKernel, type PiChunkInput, type PiChunkResult } from '../src/kernels/pi';
import { checkPrimeChunk, costProfile, costProfileKernel, primeKernel, type CostProfile, type PrimeChunkInput, type PrimeChunkResult } from '../src/kernels/primes';
import { epochNow, timed, type Timed } from '../src/clock';
import { runSimulatedThread, warmUpThread, type ThreadPlan } from '../src/gil/thread';
import { piChunkUnderGil, primeChunkUnderGil, type GilThreadContext } from '../src/gil/chunks';
import type { GilSettings } from '../src/gil/lock';
import type { GilBuffers } from '../src/gil/shared';
import { runInPieces } from './runInPieces';
import { wasmPiKernel, wasmPrimeKernel, type PiKernelName, type PrimeKernelName } from './wasmKernels';

export type { PiKernelName, PrimeKernelName };

/** A chunk and the kernel to compute it with: JavaScript unless it says otherwise. */
export type WithKernel<Input, Name> = Input & { kernel?: Name };

/** Darts per piece of a pi chunk: 16 blocks, well under a millisecond. */
const PI_PIECE_SAMPLES = 1 << 16;
/** Trial divisions per piece of a prime chunk, at worst: about a millisecond. */
const PRIME_PIECE_DIVISIONS = 1 << 18;

const piRun = async (kernel: PiKernelName) => (kernel === 'js' ? piChunk : (await wasmPiKernel(kernel)).piChunk);
const primeRun = async (kernel: PrimeKernelName) => (kernel === 'js' ? checkPrimeChunk : (await wasmPrimeKernel(kernel)).checkPrimeChunk);

export const computeApi = {
  /** Answers once the worker has loaded: the pool measures spawn time with it. */
  ping: (): true => true,
  // A WebAssembly kernel is compiled and warmed up on its first call, before its chunk is timed.
  piChunk: async ({ kernel = 'js', ...input }: WithKernel<PiChunkInput, PiKernelName>): Promise<Timed<PiChunkResult>> =>
    runInPieces({ ...piKernel, run: await piRun(kernel) }, input, PI_PIECE_SAMPLES),
  primeChunk: async ({ kernel = 'js', ...input }: WithKernel<PrimeChunkInput, PrimeKernelName>): Promise<Timed<PrimeChunkResult>> =>
    runInPieces({ ...primeKernel, run: await primeRun(kernel) }, input, PRIME_PIECE_DIVISIONS),
  costProfile: async (numbers: Float64Array, kernel: PrimeKernelName = 'js'): Promise<Timed<CostProfile>> =>
    runInPieces({ ...costProfileKernel, run: kernel === 'js' ? costProfile : (await wasmPrimeKernel(kernel)).costProfile }, numbers, PRIME_PIECE_DIVISIONS),
  /** The labs' threads mode: a chunk computed only while this thread holds the simulated GIL. */
  gilPiChunk: async ({ kernel = 'js', ...input }: WithKernel<PiChunkInput, PiKernelName>, thread: GilThreadContext) => piChunkUnderGil(input, thread, await piRun(kernel)),
  gilPrimeChunk: async ({ kernel = 'js', ...input }: WithKernel<PrimeChunkInput, PrimeKernelName>, thread: GilThreadContext) =>
    primeChunkUnderGil(input, thread, await primeRun(kernel)),
  /** Runs one simulated thread to the end: blocks this worker until its work is done (or Stop). */
  gilThread: timed((buffers: GilBuffers, plan: ThreadPlan, settings: GilSettings) => runSimulatedThread(buffers, plan, settings, { epochNow })),
  gilWarmUp: warmUpThread,
};

export type ComputeApi = typeof computeApi;
