// Random streams for reproducible parallel sampling.
//
// The samples of a run are cut into fixed-size blocks; block k always draws from stream
// (seed, k). Chunks are made of whole blocks, so a seed gives the same numbers whatever the
// worker count, chunk count or scheduling.

/** Samples per block: the unit that owns one random stream. */
export const BLOCK_SIZE = 4096;

/** 2^-32: turns a uint32 into a double in [0, 1). */
export const UINT32_TO_UNIT = 1 / 4294967296;

/** xoshiro128** state: four uint32 words, never all zero. */
export type Xoshiro128State = Uint32Array;

function splitmix32Next(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Seeds stream (seed, stream) into `out`. Distinct streams of one seed start from distinct
 * splitmix32 states (the stream number is multiplied by an odd constant, a bijection mod 2^32).
 */
export function seedStream(seed: number, stream: number, out: Xoshiro128State = new Uint32Array(4)): Xoshiro128State {
  const mixer = { s: (Math.imul(seed >>> 0, 0x2545f491) ^ Math.imul(stream >>> 0, 0x6c8e9cf5)) | 0 };
  // Stream numbers above 2^32 (over 17 trillion samples) fold into the high bits.
  mixer.s ^= Math.floor(stream / 4294967296) * 0x27d4eb2f;
  for (let i = 0; i < 4; i++) out[i] = splitmix32Next(mixer);
  if ((out[0] | out[1] | out[2] | out[3]) === 0) out[0] = 1;
  return out;
}

/** Next uint32 of a xoshiro128** state (advances the state). */
export function nextUint32(s: Xoshiro128State): number {
  const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
  const t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return result;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A fresh random 32-bit seed from the platform's cryptographic generator. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}
