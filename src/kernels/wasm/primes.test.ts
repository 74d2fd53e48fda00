import { describe, expect, it } from 'vitest';
import { nextUint32, seedStream, UINT32_TO_UNIT } from '../rng';
import { checkPrimeChunk, costProfile, MAX_CHECKABLE, type PrimeChunkInput } from '../primes';
import { wasmUrls } from './modules';
import { instantiatePrimeKernel } from './primes';

const kernel = async () => instantiatePrimeKernel(await (await fetch(wasmUrls.primes)).arrayBuffer());

/** The JavaScript kernel's answer, which the WebAssembly one must match field for field. */
const expectSameAsJs = (wasm: Awaited<ReturnType<typeof kernel>>, input: PrimeChunkInput) =>
  expect(
    wasm.checkPrimeChunk(input),
    JSON.stringify(input, (_, v) => (v instanceof Float64Array ? [...v] : v)),
  ).toEqual(checkPrimeChunk(input));

describe('trial division in WebAssembly', () => {
  it.each([
    [0, 8_192, 1_028],
    [0, 100_000, 9_592],
    [0, 1_000_000, 78_498],
    [100_000_000, 101_000_000, 54_208],
  ])('finds the reference count in [%i, %i): %i primes, as many divisions as the JavaScript kernel', async (from, to, expected) => {
    const wasm = await kernel();
    const result = wasm.checkPrimeChunk({ numbers: { from, to, step: 1 }, keepPrimes: 5 });
    expect(result.primes).toBe(expected);
    expect(result).toEqual(checkPrimeChunk({ numbers: { from, to, step: 1 }, keepPrimes: 5 }));
  });

  it('matches the JavaScript kernel on 40 random ranges, with and without even numbers, keeping some or all primes', async () => {
    const wasm = await kernel();
    const state = seedStream(99, 0);
    const random = (below: number) => Math.floor(nextUint32(state) * UINT32_TO_UNIT * below);
    for (let i = 0; i < 40; i++) {
      const from = random(2 ** 34);
      const to = from + random(2_000);
      const step = i % 2 === 0 ? 1 : 2;
      const keepPrimes = [0, 1, 3, 2.5, 1e9][i % 5];
      expectSameAsJs(wasm, { numbers: { from, to, step }, keepPrimes });
    }
  });

  it('matches the JavaScript kernel on lists: shuffled, repeated, below 2, and after a list that grew its memory', async () => {
    const wasm = await kernel();
    const state = seedStream(7, 1);
    const small = Float64Array.from({ length: 3_000 }, () => Math.floor(nextUint32(state) * UINT32_TO_UNIT * 1e6));
    expectSameAsJs(wasm, { numbers: { list: small }, keepPrimes: 1e9 });
    const large = Float64Array.from({ length: 200_000 }, (_, i) => 1_000_000 + ((i * 7_919) % 200_000));
    expectSameAsJs(wasm, { numbers: { list: large }, keepPrimes: 100_000 });
    expectSameAsJs(wasm, { numbers: { list: Float64Array.from([0, 1, 2, 3, 4, -7, 9, 9, 2, 97]) }, keepPrimes: 3 });
    expectSameAsJs(wasm, { numbers: { list: new Float64Array(0) }, keepPrimes: 3 });
  });

  it('skips even numbers with step 2, from odd and from even starts', async () => {
    const wasm = await kernel();
    expectSameAsJs(wasm, { numbers: { from: 1_001, to: 2_000, step: 2 }, keepPrimes: 4 });
    expectSameAsJs(wasm, { numbers: { from: 1_000, to: 2_001, step: 2 } });
    expectSameAsJs(wasm, { numbers: { from: 0, to: 10, step: 2 } });
  });

  it('matches the JavaScript kernel around 2^31 and 2^32, where the remainders change width', async () => {
    const wasm = await kernel();
    for (const edge of [2 ** 31, 2 ** 32]) expectSameAsJs(wasm, { numbers: { from: edge - 600, to: edge + 600, step: 1 }, keepPrimes: 1e9 });
  });

  it('is exact near 2^53: the largest prime, the largest safe integer, a prime squared', async () => {
    const wasm = await kernel();
    const check = (n: number) => wasm.checkPrimeChunk({ numbers: { list: Float64Array.from([n]) }, keepPrimes: 1 });
    // A prime costs the parity test and every odd divisor up to its square root, 94,906,265.
    expect(check(2 ** 53 - 111)).toEqual({ checked: 1, primes: 1, divisions: 47_453_133, samplePrimes: [2 ** 53 - 111] });
    // 2^53 - 1 = 6361 × 69431 × 20394401: the parity test and 3, 5, ..., 6361.
    expect(check(MAX_CHECKABLE)).toEqual({ checked: 1, primes: 0, divisions: 3_181, samplePrimes: [] });
    expect(check(94_906_249 ** 2)).toEqual({ checked: 1, primes: 0, divisions: 47_453_125, samplePrimes: [] });
    const near = Float64Array.from([MAX_CHECKABLE - 1, MAX_CHECKABLE - 2, MAX_CHECKABLE - 4, 94_906_265 ** 2 - 2, 2 ** 52 + 1]);
    expectSameAsJs(wasm, { numbers: { list: near }, keepPrimes: 5 });
    expectSameAsJs(wasm, { numbers: { from: MAX_CHECKABLE - 40, to: MAX_CHECKABLE + 1, step: 2 }, keepPrimes: 5 });
  });

  it('profiles the cost of each number as the JavaScript kernel does', async () => {
    const wasm = await kernel();
    const numbers = Float64Array.from([4, 9, 97, 100, 0, 1, 2, 2 ** 31 - 1, 2 ** 32 + 15, 1e8 + 7]);
    const profile = wasm.costProfile(numbers);
    expect(profile).toEqual(costProfile(numbers));
    expect(profile.numbers).toBe(numbers);
  });

  it('refuses numbers it cannot check exactly, and steps other than 1 and 2', async () => {
    const wasm = await kernel();
    expect(() => wasm.checkPrimeChunk({ numbers: { list: Float64Array.from([7, 2 ** 53]) } })).toThrow(RangeError);
    expect(() => wasm.checkPrimeChunk({ numbers: { list: Float64Array.from([7.5]) } })).toThrow(RangeError);
    expect(() => wasm.checkPrimeChunk({ numbers: { from: 0, to: 2 ** 53 + 2, step: 1 } })).toThrow(RangeError);
    expect(() => wasm.checkPrimeChunk({ numbers: { from: 0, to: 10, step: 3 as 1 } })).toThrow(/step/);
  });

  it('counts the same after warming up, from a compiled module', async () => {
    const wasm = await instantiatePrimeKernel(await WebAssembly.compile(await (await fetch(wasmUrls.primes)).arrayBuffer()));
    wasm.warmUp();
    expectSameAsJs(wasm, { numbers: { from: 10_000, to: 20_000, step: 1 }, keepPrimes: 2 });
  });
});
