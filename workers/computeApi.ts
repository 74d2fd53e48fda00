// The API a compute worker exposes: kernels wrapped with timing, nothing else.
import { piChunk, type PiChunkInput } from '../src/kernels/pi';
import { checkPrimeChunk, costProfile, type PrimeChunkInput } from '../src/kernels/primes';
import { epochNow, timed } from '../src/clock';
import { runSimulatedThread, type ThreadPlan } from '../src/gil/thread';
import { piChunkUnderGil, primeChunkUnderGil } from '../src/gil/chunks';
import type { GilSettings } from '../src/gil/lock';
import type { GilBuffers } from '../src/gil/shared';
import { wasmPiKernel, wasmPrimeKernel, type PiKernelName, type PrimeKernelName } from './wasmKernels';

export type { PiKernelName, PrimeKernelName };

/** A chunk and the kernel to compute it with: JavaScript unless it says otherwise. */
export type WithKernel<Input, Name> = Input & { kernel?: Name };

export const computeApi = {
  /** Answers once the worker has loaded: the pool measures spawn time with it. */
  ping: (): true => true,
  // A WebAssembly kernel is compiled and warmed up on its first call, outside the timed interval.
  piChunk: async ({ kernel = 'js', ...input }: WithKernel<PiChunkInput, PiKernelName>) =>
    timed(kernel === 'js' ? piChunk : (await wasmPiKernel(kernel)).piChunk)(input),
  primeChunk: async ({ kernel = 'js', ...input }: WithKernel<PrimeChunkInput, PrimeKernelName>) =>
    timed(kernel === 'js' ? checkPrimeChunk : (await wasmPrimeKernel(kernel)).checkPrimeChunk)(input),
  costProfile: async (numbers: Float64Array, kernel: PrimeKernelName = 'js') =>
    timed(kernel === 'js' ? costProfile : (await wasmPrimeKernel(kernel)).costProfile)(numbers),
  /** The labs' threads mode: a chunk computed only while this thread holds the simulated GIL. */
  gilPiChunk: piChunkUnderGil,
  gilPrimeChunk: primeChunkUnderGil,
  /** Runs one simulated thread to the end: blocks this worker until its work is done. */
  gilThread: (buffers: GilBuffers, plan: ThreadPlan, settings: GilSettings) => runSimulatedThread(buffers, plan, settings, { epochNow }),
};

export type ComputeApi = typeof computeApi;
