// Trial division in WebAssembly: the same inputs and results as checkPrimeChunk and costProfile
// in ../primes.ts, exact for every number up to 2^53 - 1.
import { MAX_CHECKABLE, type CostProfile, type PrimeChunkInput, type PrimeChunkResult } from '../primes';
import { instantiate, type WasmSource } from './instantiate';

/** What assembly/primes.ts exports. */
interface PrimeExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  checked: WebAssembly.Global;
  primes: WebAssembly.Global;
  divisions: WebAssembly.Global;
  checkRange(from: number, to: number, step: number, kept: number, keep: number): void;
  checkList(list: number, length: number, kept: number, keep: number): void;
  profileList(list: number, length: number, costs: number, prime: number): void;
}

export interface PrimeKernel {
  checkPrimeChunk(input: PrimeChunkInput): PrimeChunkResult;
  costProfile(numbers: Float64Array): CostProfile;
  /** Checks enough numbers, below and above 2^32, for V8 to optimize the per-number function. */
  warmUp(): void;
}

const PAGE = 65536;

export async function instantiatePrimeKernel(source: WasmSource): Promise<PrimeKernel> {
  const wasm = await instantiate<PrimeExports>(source);
  const base = Math.ceil(wasm.heapBase() / 8) * 8;

  /** The first address of `bytes` bytes of scratch memory, growing the memory if needed. */
  const scratch = (bytes: number): number => {
    const missing = base + bytes - wasm.memory.buffer.byteLength;
    if (missing > 0) wasm.memory.grow(Math.ceil(missing / PAGE));
    return base;
  };
  /** Copies a list into scratch memory at `at`; every number must be a safe integer. */
  const copyList = (list: Float64Array, at: number) => {
    for (const n of list) checkNumber(n);
    new Float64Array(wasm.memory.buffer, at, list.length).set(list);
  };
  const totals = (kept: number, keep: number): PrimeChunkResult => {
    const primes = wasm.primes.value as number;
    const samplePrimes = Array.from(new Float64Array(wasm.memory.buffer, kept, Math.min(keep, primes)));
    return { checked: wasm.checked.value as number, primes, divisions: wasm.divisions.value as number, samplePrimes };
  };

  const kernel: PrimeKernel = {
    checkPrimeChunk({ numbers, keepPrimes = 0 }) {
      if ('list' in numbers) {
        const { length } = numbers.list;
        const keep = keepCount(keepPrimes, length);
        const list = scratch(8 * (length + keep));
        const kept = list + 8 * length;
        copyList(numbers.list, list);
        wasm.checkList(list, length, kept, keep);
        return totals(kept, keep);
      }
      const { from, to, step } = numbers;
      checkRange(from, to, step);
      const keep = keepCount(keepPrimes, Math.max(0, Math.ceil((to - from) / step)));
      const kept = scratch(8 * keep);
      wasm.checkRange(from, to, step, kept, keep);
      return totals(kept, keep);
    },
    costProfile(numbers) {
      const { length } = numbers;
      const list = scratch(17 * length);
      const costs = list + 8 * length;
      const prime = costs + 8 * length;
      copyList(numbers, list);
      wasm.profileList(list, length, costs, prime);
      return {
        numbers,
        divisions: new Float64Array(wasm.memory.buffer, costs, length).slice(),
        prime: new Uint8Array(wasm.memory.buffer, prime, length).slice(),
      };
    },
    warmUp() {
      kernel.checkPrimeChunk({ numbers: { from: 100_000_000, to: 100_004_000, step: 1 } });
      kernel.checkPrimeChunk({ numbers: { from: 2 ** 32 + 1, to: 2 ** 32 + 401, step: 2 } });
    },
  };
  return kernel;
}

/** How many primes to keep: as many as checkPrimeChunk keeps, at most one per number. */
function keepCount(keepPrimes: number, numbers: number): number {
  return keepPrimes > 0 ? Math.min(Math.ceil(keepPrimes), numbers) : 0;
}

function checkNumber(n: number) {
  if (!Number.isSafeInteger(n)) throw new RangeError(`checkPrimeChunk: numbers must be whole numbers up to ${MAX_CHECKABLE}, got ${n}.`);
}

function checkRange(from: number, to: number, step: number) {
  checkNumber(from);
  if (!(to <= MAX_CHECKABLE + 1)) throw new RangeError(`checkPrimeChunk: a range must end at or below 2^53, got ${to}.`);
  if (step !== 1 && step !== 2) throw new RangeError(`checkPrimeChunk: step must be 1 or 2, got ${step}.`);
}
