// Monte Carlo pi in SIMD: eight blocks at a time, block i's xoshiro128** stream in one lane of
// one of two sets of state vectors. Each lane draws exactly the numbers of its stream, so the
// count equals the scalar kernel's. Blocks that don't fill a group of eight (a short last block,
// or a chunk of fewer than eight) go through the scalar kernel.
//
// Two independent sets of state keep more of the CPU's vector units busy than one: each xoshiro
// step depends on the previous one. (Measured in Node: one set ~820 M darts/s, two ~990 M.)
import { seedStream, word0, word1, word2, word3 } from './streams';
import { blockInside } from './pi';

export { blockInside };

const BLOCK: i32 = 4096;
const LANES: i32 = 8;

/**
 * Loaded before the loop rather than written as constants, which V8 would rebuild on every
 * iteration: the high word of 2^52 in each lane, then 2^52 and 2^64 (see LIMIT in pi.ts) as
 * doubles, then the multipliers 5 and 9 of xoshiro128**'s output.
 */
const CONSTANTS = memory.data<u64>([
  0x4330000043300000, 0x4330000043300000,
  0x4330000000000000, 0x4330000000000000,
  0x43f0000000000000, 0x43f0000000000000,
  0x0000000500000005, 0x0000000500000005,
  0x0000000900000009, 0x0000000900000009,
], 16);

/** Seeds of the group's eight streams: word w of lane l at SEEDS + 32 w + 4 l. */
const SEEDS = memory.data(4 * LANES * 4, 16);

/** xoshiro128**'s output for four lanes: rotl(s1 * 5, 7) * 9. */
@inline function output(s1: v128, five: v128, nine: v128): v128 {
  const r = i32x4.mul(s1, five);
  return i32x4.mul(v128.or(i32x4.shl(r, 7), i32x4.shr_u(r, 25)), nine);
}

/**
 * For four darts (ux, uy), minus the number inside in each 64-bit lane (-2 ..= 0). Exact: a
 * uint32 u becomes the double 2^52 + u when interleaved with the high word of 2^52, and
 * subtracting 2^52 leaves u.
 */
@inline function minusInside(ux: v128, uy: v128, magic: v128, twoTo52: v128, limit: v128): v128 {
  const xLow = f64x2.sub(i32x4.shuffle(ux, magic, 0, 4, 1, 5), twoTo52);
  const yLow = f64x2.sub(i32x4.shuffle(uy, magic, 0, 4, 1, 5), twoTo52);
  const xHigh = f64x2.sub(i32x4.shuffle(ux, magic, 2, 6, 3, 7), twoTo52);
  const yHigh = f64x2.sub(i32x4.shuffle(uy, magic, 2, 6, 3, 7), twoTo52);
  const low = f64x2.le(f64x2.add(f64x2.mul(xLow, xLow), f64x2.mul(yLow, yLow)), limit);
  const high = f64x2.le(f64x2.add(f64x2.mul(xHigh, xHigh), f64x2.mul(yHigh, yHigh)), limit);
  return i64x2.add(low, high);
}

/**
 * Darts inside among the first `darts` of each of the eight streams (seed, stream + lane).
 * Called once per group so that V8 tiers it up between calls (see blockInside in pi.ts).
 */
export function groupInside(seed: u32, stream: f64, darts: i32): f64 {
  const first = <i64>stream;
  for (let lane = 0; lane < LANES; lane++) {
    seedStream(seed, first + lane);
    const at = SEEDS + (<usize>lane << 2);
    store<u32>(at, word0);
    store<u32>(at, word1, 32);
    store<u32>(at, word2, 64);
    store<u32>(at, word3, 96);
  }
  // Streams 0-3 in a0..a3, streams 4-7 in b0..b3.
  let a0 = v128.load(SEEDS), b0 = v128.load(SEEDS, 16);
  let a1 = v128.load(SEEDS, 32), b1 = v128.load(SEEDS, 48);
  let a2 = v128.load(SEEDS, 64), b2 = v128.load(SEEDS, 80);
  let a3 = v128.load(SEEDS, 96), b3 = v128.load(SEEDS, 112);
  const magic = v128.load(CONSTANTS);
  const twoTo52 = v128.load(CONSTANTS, 16);
  const limit = v128.load(CONSTANTS, 32);
  const five = v128.load(CONSTANTS, 48);
  const nine = v128.load(CONSTANTS, 64);
  let insideA = i64x2.splat(0);
  let insideB = i64x2.splat(0);
  for (let j = 0; j < darts; j++) {
    // Two xoshiro128** steps per dart and set, written out: AssemblyScript can't return the
    // four words from a function.
    const xA = output(a1, five, nine);
    let t = i32x4.shl(a1, 9);
    a2 = v128.xor(a2, a0); a3 = v128.xor(a3, a1); a1 = v128.xor(a1, a2); a0 = v128.xor(a0, a3);
    a2 = v128.xor(a2, t); a3 = v128.or(i32x4.shl(a3, 11), i32x4.shr_u(a3, 21));
    const yA = output(a1, five, nine);
    t = i32x4.shl(a1, 9);
    a2 = v128.xor(a2, a0); a3 = v128.xor(a3, a1); a1 = v128.xor(a1, a2); a0 = v128.xor(a0, a3);
    a2 = v128.xor(a2, t); a3 = v128.or(i32x4.shl(a3, 11), i32x4.shr_u(a3, 21));

    const xB = output(b1, five, nine);
    t = i32x4.shl(b1, 9);
    b2 = v128.xor(b2, b0); b3 = v128.xor(b3, b1); b1 = v128.xor(b1, b2); b0 = v128.xor(b0, b3);
    b2 = v128.xor(b2, t); b3 = v128.or(i32x4.shl(b3, 11), i32x4.shr_u(b3, 21));
    const yB = output(b1, five, nine);
    t = i32x4.shl(b1, 9);
    b2 = v128.xor(b2, b0); b3 = v128.xor(b3, b1); b1 = v128.xor(b1, b2); b0 = v128.xor(b0, b3);
    b2 = v128.xor(b2, t); b3 = v128.or(i32x4.shl(b3, 11), i32x4.shr_u(b3, 21));

    insideA = i64x2.sub(insideA, minusInside(xA, yA, magic, twoTo52, limit));
    insideB = i64x2.sub(insideB, minusInside(xB, yB, magic, twoTo52, limit));
  }
  const inside = i64x2.add(insideA, insideB);
  return <f64>(i64x2.extract_lane(inside, 0) + i64x2.extract_lane(inside, 1));
}

/** As chunkInside in pi.ts: groups of eight full blocks in SIMD, the rest one by one. */
export function chunkInside(seed: u32, firstStream: f64, samples: f64): f64 {
  const total = <i64>samples;
  const first = <i64>firstStream;
  const groups = total / BLOCK / LANES;
  let inside: f64 = 0;
  for (let g: i64 = 0; g < groups; g++) inside += groupInside(seed, <f64>(first + g * LANES), BLOCK);
  const blocks = (total + BLOCK - 1) / BLOCK;
  for (let b = groups * LANES; b < blocks; b++) {
    inside += blockInside(seed, <f64>(first + b), <i32>min<i64>(BLOCK, total - b * BLOCK));
  }
  return inside;
}
