// Monte Carlo pi, scalar: the same darts as src/kernels/pi.ts, counted in WebAssembly.
import { seedStream, word0, word1, word2, word3 } from './streams';

/** Samples per block, as BLOCK_SIZE in src/kernels/rng.ts. */
const BLOCK: i32 = 4096;

/**
 * 2^64. JavaScript tests (ux 2^-32)^2 + (uy 2^-32)^2 <= 1 in doubles; scaling by a power of two
 * commutes with every rounding here (no result is subnormal), so ux^2 + uy^2 <= 2^64 on the
 * unscaled doubles decides every dart the same way, with two multiplications fewer.
 */
const LIMIT: f64 = 18446744073709551616.0;

/**
 * Darts inside among the first `darts` of stream (seed, stream). The hot loop lives here, in a
 * function called once per block: V8 moves a WebAssembly function to its optimizing tier only
 * between calls, so a loop that ran in one long call would stay in the baseline tier.
 */
export function blockInside(seed: u32, stream: f64, darts: i32): i32 {
  seedStream(seed, <i64>stream);
  let s0 = word0;
  let s1 = word1;
  let s2 = word2;
  let s3 = word3;
  let inside = 0;
  for (let j = 0; j < darts; j++) {
    const ux = rotl<u32>(s1 * 5, 7) * 9;
    let t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl<u32>(s3, 11);
    const uy = rotl<u32>(s1 * 5, 7) * 9;
    t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl<u32>(s3, 11);
    const x = <f64>ux;
    const y = <f64>uy;
    inside += i32(x * x + y * y <= LIMIT);
  }
  return inside;
}

/**
 * Darts inside among `samples` darts from block streams firstStream, firstStream + 1, ...: whole
 * blocks, the last one possibly short. Counts are returned as doubles (they may pass 2^31).
 */
export function chunkInside(seed: u32, firstStream: f64, samples: f64): f64 {
  let inside: i64 = 0;
  const total = <i64>samples;
  const first = <i64>firstStream;
  for (let done: i64 = 0, b: i64 = 0; done < total; done += BLOCK, b++) {
    const darts = <i32>min<i64>(BLOCK, total - done);
    inside += blockInside(seed, <f64>(first + b), darts);
  }
  return <f64>inside;
}
