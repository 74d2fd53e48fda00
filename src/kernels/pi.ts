// Monte Carlo pi: throw darts into the unit square, count those inside the quarter circle.
import { BLOCK_SIZE, UINT32_TO_UNIT, nextUint32, seedStream } from './rng';
import type { Divisible } from './pieces';

// Local copies: some module loaders turn imported bindings into property reads in the hot loop.
const BLOCK = BLOCK_SIZE;
const TO_UNIT = UINT32_TO_UNIT;

export interface PiChunkInput {
  seed: number;
  /** Stream of the chunk's first block; block i of the chunk draws from stream firstStream + i. */
  firstStream: number;
  /** Darts in the chunk: whole blocks, except that the run's last block may be short. */
  samples: number;
  /** Record darts of every pointBlockStride-th stream (0 = record none). */
  pointBlockStride?: number;
  /** How many darts to record from the start of each recorded block. */
  pointsPerBlock?: number;
}

export interface PiChunkResult {
  samples: number;
  inside: number;
  /** Recorded darts as x, y pairs (for drawing). */
  points: Float32Array;
}

export function piChunk(input: PiChunkInput): PiChunkResult {
  const { seed, firstStream, samples } = checkPiChunkInput(input);
  const state = new Uint32Array(4);
  let inside = 0;
  for (let b = 0, blocks = Math.ceil(samples / BLOCK); b < blocks; b++) {
    inside += dartsInside(seed, firstStream + b, Math.min(BLOCK, samples - b * BLOCK), state);
  }
  return { samples, inside, points: recordedDarts(input) };
}

/** Returns the input if its sample count and first stream are whole numbers >= 0, else throws. */
export function checkPiChunkInput(input: PiChunkInput): PiChunkInput {
  const { firstStream, samples } = input;
  if (!Number.isSafeInteger(samples) || samples < 0) throw new RangeError(`piChunk: samples must be a whole number >= 0, got ${samples}.`);
  if (!Number.isSafeInteger(firstStream) || firstStream < 0) throw new RangeError(`piChunk: firstStream must be a whole number >= 0, got ${firstStream}.`);
  return input;
}

/**
 * The darts a chunk records for drawing: the first pointsPerBlock darts of each block whose
 * stream is a multiple of pointBlockStride, as x, y pairs. Every kernel records them here, by
 * replaying those darts through the plain generator, so the hot loops stay lean.
 */
export function recordedDarts(input: PiChunkInput): Float32Array {
  const { seed, firstStream, samples } = input;
  const stride = input.pointBlockStride ?? 0;
  if (!(stride > 0)) return new Float32Array(0);
  const perBlock = Math.min(input.pointsPerBlock ?? 1, BLOCK);
  const blocks = Math.ceil(samples / BLOCK);
  const points = new Float32Array(2 * perBlock * Math.ceil(blocks / stride + 1));
  const state = new Uint32Array(4);
  let pointCount = 0;
  for (let b = 0; b < blocks; b++) {
    const stream = firstStream + b;
    if (stream % stride !== 0) continue;
    seedStream(seed, stream, state);
    for (let j = Math.min(perBlock, samples - b * BLOCK); j > 0; j--) {
      points[pointCount++] = nextUint32(state) * TO_UNIT;
      points[pointCount++] = nextUint32(state) * TO_UNIT;
    }
  }
  return points.subarray(0, pointCount);
}

/**
 * Pieces of whole blocks, about `samples` darts each (at least one block). Blocks keep their
 * streams, so the pieces draw, count and record exactly the darts of the whole chunk.
 */
export function splitPiChunk(input: PiChunkInput, samples: number): PiChunkInput[] {
  const blocksPerPiece = Math.max(1, Math.round(samples / BLOCK));
  const pieces: PiChunkInput[] = [];
  for (let done = 0, stream = input.firstStream; done < input.samples || pieces.length === 0; stream += blocksPerPiece) {
    const darts = Math.min(blocksPerPiece * BLOCK, input.samples - done);
    pieces.push({ ...input, firstStream: stream, samples: darts });
    done += darts;
  }
  return pieces;
}

export function joinPiResults(parts: readonly PiChunkResult[]): PiChunkResult {
  const points = new Float32Array(parts.reduce((n, part) => n + part.points.length, 0));
  let recorded = 0;
  for (const part of parts) {
    points.set(part.points, recorded);
    recorded += part.points.length;
  }
  return { samples: sum(parts, (part) => part.samples), inside: sum(parts, (part) => part.inside), points };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}

/** Monte Carlo pi, a piece (of whole blocks; size in darts) at a time. */
export const piKernel: Divisible<PiChunkInput, PiChunkResult> = { run: piChunk, split: splitPiChunk, join: joinPiResults };

/**
 * Darts inside among the first `darts` (at most a block) of stream (seed, stream): one tick of
 * a simulated thread's work. `state` is scratch space, so a caller in a loop allocates nothing.
 */
export function dartsInside(seed: number, stream: number, darts: number, state: Uint32Array): number {
  seedStream(seed, stream, state);
  return countInside(state[0] | 0, state[1] | 0, state[2] | 0, state[3] | 0, darts);
}

/** Darts inside the quarter circle: xoshiro128** inlined on locals, two draws per dart, no allocation. */
function countInside(s0: number, s1: number, s2: number, s3: number, darts: number): number {
  let inside = 0;
  for (let j = 0; j < darts; j++) {
    let r = Math.imul(s1, 5);
    const ux = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    r = Math.imul(s1, 5);
    const uy = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const x = ux * TO_UNIT;
    const y = uy * TO_UNIT;
    // Branch-free count: a dart lands inside 79 % of the time, too random for the branch
    // predictor; adding the comparison as 0/1 about doubles the speed.
    inside += +(x * x + y * y <= 1);
  }
  return inside;
}

/** Standard error of the pi estimate from n darts: 4 * sqrt(p (1 - p) / n), p = pi / 4. */
export function piStandardError(samples: number): number {
  const p = Math.PI / 4;
  return samples > 0 ? 4 * Math.sqrt((p * (1 - p)) / samples) : Infinity;
}

export function piEstimate(inside: number, samples: number): number {
  return samples > 0 ? (4 * inside) / samples : NaN;
}
