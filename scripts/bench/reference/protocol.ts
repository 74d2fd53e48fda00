// What the reference page and its workers say to each other: plain postMessage, no Comlink.
import type { PiChunkInput } from '../../../src/kernels/pi';
import type { PrimeChunkInput } from '../../../src/kernels/primes';
import type { GilSettings } from '../../../src/gil/lock';
import type { GilBuffers } from '../../../src/gil/shared';
import type { ThreadPlan } from '../../../src/gil/thread';
import type { PiKernelName, PrimeKernelName } from '../../../workers/wasmKernels';

export interface PingPong {
  /** 'ping' starts each round and times it; 'pong' answers. */
  role: 'ping' | 'pong';
  /** One Int32: the round's turn number. */
  buffer: SharedArrayBuffer;
  rounds: number;
  /** The timeout of each Atomics.wait (Infinity: none); a wait that times out is simply repeated. */
  waitTimeoutMs: number;
}

export type Call =
  | { call: 'ping' }
  | { call: 'piChunk'; input: PiChunkInput & { kernel?: PiKernelName } }
  | { call: 'primeChunk'; input: PrimeChunkInput & { kernel?: PrimeKernelName } }
  | { call: 'gilThread'; buffers: GilBuffers; plan: ThreadPlan; settings: GilSettings }
  | { call: 'gilWarmUp'; seed: number }
  | ({ call: 'pingPong' } & PingPong);

export type Request = Call & { id: number };

export type Reply = { id: number; value: unknown } | { id: number; error: string };
