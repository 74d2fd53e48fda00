// Seeding of stream (seed, stream), bit for bit as src/kernels/rng.ts does it. The four
// xoshiro128** words are left in globals: AssemblyScript has no multiple return values.

export let word0: u32 = 0;
export let word1: u32 = 0;
export let word2: u32 = 0;
export let word3: u32 = 0;

let mixer: u32 = 0;

@inline function splitmix32Next(): u32 {
  mixer += 0x9e3779b9;
  let z = mixer;
  z = (z ^ (z >>> 16)) * 0x85ebca6b;
  z = (z ^ (z >>> 13)) * 0xc2b2ae35;
  return z ^ (z >>> 16);
}

/** Seeds stream (seed, stream) into word0..word3. */
export function seedStream(seed: u32, stream: u64): void {
  mixer = (seed * 0x2545f491) ^ (<u32>stream * 0x6c8e9cf5);
  // rng.ts folds floor(stream / 2^32) * 0x27d4eb2f to 32 bits; the product stays below 2^53,
  // so its low 32 bits are exactly this wrapping multiplication.
  mixer ^= <u32>(stream >>> 32) * 0x27d4eb2f;
  word0 = splitmix32Next();
  word1 = splitmix32Next();
  word2 = splitmix32Next();
  word3 = splitmix32Next();
  if ((word0 | word1 | word2 | word3) == 0) word0 = 1;
}
