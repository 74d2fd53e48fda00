// A simulated server's latency, request by request: the same for a request and a seed, whatever
// the order requests arrive in, so a run with jitter can be told apart from its noise.
import { nextUint32, seedStream, UINT32_TO_UNIT } from './rng';

/**
 * How long the server takes over request `id`: `latencyMs`, plus a uniform draw from
 * [−jitterMs, +jitterMs] when there is jitter (stream (seed, id)), never below 0.
 */
export function requestLatency(latencyMs: number, jitterMs: number, seed: number, id: number): number {
  if (!(jitterMs > 0)) return latencyMs;
  const unit = nextUint32(seedStream(seed, id)) * UINT32_TO_UNIT;
  return Math.max(0, latencyMs + jitterMs * (2 * unit - 1));
}
