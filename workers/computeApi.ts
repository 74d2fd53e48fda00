// The API a compute worker exposes: kernels wrapped with timing, nothing else.
import { piChunk } from '../src/kernels/pi';
import { checkPrimeChunk, costProfile } from '../src/kernels/primes';
import { timed } from '../src/clock';

export const computeApi = {
  /** Answers once the worker has loaded: the pool measures spawn time with it. */
  ping: (): true => true,
  piChunk: timed(piChunk),
  primeChunk: timed(checkPrimeChunk),
  costProfile: timed(costProfile),
};

export type ComputeApi = typeof computeApi;
