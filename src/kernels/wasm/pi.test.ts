import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../rng';
import { piChunk } from '../pi';
import { wasmUrls } from './modules';
import { instantiatePiKernel } from './pi';

const bytes = async (url: string) => (await fetch(url)).arrayBuffer();

const SEEDS = [0, 1, 42, 2024, 0x80000000, 0xffffffff];
/** First streams: small, around 2^32 (where the stream number folds), and near 2^53. */
const FIRST_STREAMS = [0, 1, 5, 4095, 2 ** 32 - 3, 2 ** 32, 2 ** 40 + 7, 2 ** 53 - 100];
/** Sample counts: empty, a short block alone, whole groups of eight blocks, and leftovers. */
const SAMPLES = [
  0,
  1,
  4095,
  BLOCK_SIZE,
  BLOCK_SIZE + 1,
  8 * BLOCK_SIZE,
  8 * BLOCK_SIZE + 1,
  9 * BLOCK_SIZE - 1,
  13 * BLOCK_SIZE + 17,
  16 * BLOCK_SIZE,
  21 * BLOCK_SIZE,
];

describe.each([
  ['scalar', wasmUrls.pi],
  ['SIMD', wasmUrls.piSimd],
])('pi in WebAssembly (%s)', (_name, url) => {
  it('counts exactly the darts the JavaScript kernel counts, for every seed, first stream and sample count', async () => {
    const kernel = await instantiatePiKernel(await bytes(url));
    for (const seed of SEEDS) {
      for (const firstStream of FIRST_STREAMS) {
        for (const samples of SAMPLES) {
          const input = { seed, firstStream, samples };
          expect(kernel.piChunk(input).inside, JSON.stringify(input)).toBe(piChunk(input).inside);
        }
      }
    }
  });

  it('counts the pinned seeded run and a million darts from 100 random streams', async () => {
    const kernel = await instantiatePiKernel(await bytes(url));
    expect(kernel.piChunk({ seed: 2024, firstStream: 0, samples: 1_000_000 }).inside).toBe(784_827);
    for (let i = 0; i < 100; i++) {
      const input = { seed: (i * 0x9e3779b9) >>> 0, firstStream: i * 1_000_003, samples: 10_000 + i * 997 };
      expect(kernel.piChunk(input).inside).toBe(piChunk(input).inside);
    }
  });

  it('gives the same total however the blocks are cut into chunks', async () => {
    const kernel = await instantiatePiKernel(await bytes(url));
    const blocks = 37;
    const whole = kernel.piChunk({ seed: 77, firstStream: 0, samples: blocks * BLOCK_SIZE - 5 }).inside;
    for (const cut of [1, 3, 8, 9, 37]) {
      let total = 0;
      for (let b = 0; b < blocks; b += cut) {
        const samples = Math.min(cut * BLOCK_SIZE, blocks * BLOCK_SIZE - 5 - b * BLOCK_SIZE);
        total += kernel.piChunk({ seed: 77, firstStream: b, samples }).inside;
      }
      expect(total).toBe(whole);
    }
  });

  it('returns the samples and records the same darts as the JavaScript kernel', async () => {
    const kernel = await instantiatePiKernel(await bytes(url));
    const input = { seed: 3, firstStream: 5, samples: 10 * BLOCK_SIZE + 9, pointBlockStride: 2, pointsPerBlock: 3 };
    const result = kernel.piChunk(input);
    expect(result.samples).toBe(input.samples);
    expect(result.points).toEqual(piChunk(input).points);
    expect(kernel.piChunk({ seed: 3, firstStream: 5, samples: 100 }).points.length).toBe(0);
  });

  it('rejects what the JavaScript kernel rejects', async () => {
    const kernel = await instantiatePiKernel(await bytes(url));
    expect(() => kernel.piChunk({ seed: 1, firstStream: 0, samples: -5 })).toThrow(RangeError);
    expect(() => kernel.piChunk({ seed: 1, firstStream: 1.5, samples: 10 })).toThrow(/firstStream/);
  });

  it('counts the same after warming up, from a compiled module', async () => {
    const kernel = await instantiatePiKernel(await WebAssembly.compile(await bytes(url)));
    kernel.warmUp();
    const input = { seed: 9, firstStream: 11, samples: 30 * BLOCK_SIZE + 1 };
    expect(kernel.piChunk(input).inside).toBe(piChunk(input).inside);
  });
});
