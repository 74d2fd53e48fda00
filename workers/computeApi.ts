// The API a compute worker exposes: kernels wrapped with timing, nothing else.
import { piChunk } from '../src/kernels/pi';
import { checkPrimeChunk, costProfile } from '../src/kernels/primes';
import { epochNow, timed } from '../src/clock';
import { runSimulatedThread, type ThreadPlan } from '../src/gil/thread';
import { piChunkUnderGil, primeChunkUnderGil } from '../src/gil/chunks';
import type { GilSettings } from '../src/gil/lock';
import type { GilBuffers } from '../src/gil/shared';

export const computeApi = {
  /** Answers once the worker has loaded: the pool measures spawn time with it. */
  ping: (): true => true,
  piChunk: timed(piChunk),
  primeChunk: timed(checkPrimeChunk),
  costProfile: timed(costProfile),
  /** The labs' threads mode: a chunk computed only while this thread holds the simulated GIL. */
  gilPiChunk: piChunkUnderGil,
  gilPrimeChunk: primeChunkUnderGil,
  /** Runs one simulated thread to the end: blocks this worker until its work is done. */
  gilThread: (buffers: GilBuffers, plan: ThreadPlan, settings: GilSettings) => runSimulatedThread(buffers, plan, settings, { epochNow }),
};

export type ComputeApi = typeof computeApi;
