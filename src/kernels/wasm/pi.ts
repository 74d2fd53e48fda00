// Monte Carlo pi in WebAssembly (scalar or SIMD): the same inputs and results as piChunk in
// ../pi.ts, with the same darts counted.
import { checkPiChunkInput, recordedDarts, type PiChunkInput, type PiChunkResult } from '../pi';
import { instantiate, type WasmSource } from './instantiate';

/** What assembly/pi.ts and assembly/piSimd.ts export. */
interface PiExports {
  chunkInside(seed: number, firstStream: number, samples: number): number;
}

export interface PiKernel {
  piChunk(input: PiChunkInput): PiChunkResult;
  /**
   * Runs the hot per-block functions often enough for V8 to move them from its baseline
   * compiler to its optimizing one, which happens only between calls.
   */
  warmUp(): void;
}

/**
 * Darts thrown by each of warmUp's rounds: 32 groups of eight blocks for the SIMD loop, then 7
 * blocks and a short one for the scalar loop that finishes a chunk (the whole chunk, in the
 * scalar module). Measured in Node, V8 optimizes the block functions within the first 30 or so
 * calls; the rest leaves time for its compile, which runs in the background.
 */
const WARM_UP_SAMPLES = (32 * 8 + 7) * 4096 + 100;
const WARM_UP_ROUNDS = 2;

export async function instantiatePiKernel(source: WasmSource): Promise<PiKernel> {
  const wasm = await instantiate<PiExports>(source);
  return {
    piChunk(input) {
      const { seed, firstStream, samples } = checkPiChunkInput(input);
      return { samples, inside: wasm.chunkInside(seed >>> 0, firstStream, samples), points: recordedDarts(input) };
    },
    warmUp() {
      for (let round = 0; round < WARM_UP_ROUNDS; round++) wasm.chunkInside(round, 0, WARM_UP_SAMPLES);
    },
  };
}
