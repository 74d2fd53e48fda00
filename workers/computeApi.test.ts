import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap, type Remote } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { computeApi, type ComputeApi } from './computeApi';
import { piChunk } from '../src/kernels/pi';
import { checkPrimeChunk, costProfile } from '../src/kernels/primes';

const openPorts: MessagePort[] = [];

/** The exposed API behind a real message channel, as a worker would serve it. */
function connect(): Remote<ComputeApi> {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  expose(computeApi, port1 as unknown as Parameters<typeof expose>[1]);
  return wrap<ComputeApi>(port2 as unknown as Parameters<typeof wrap>[0]);
}

afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

describe('compute worker API over a MessageChannel', () => {
  it('answers ping', async () => {
    expect(await connect().ping()).toBe(true);
  });

  it('returns the kernel result with a plausible epoch-clock interval', async () => {
    const before = performance.timeOrigin + performance.now();
    const input = { seed: 11, firstStream: 3, samples: 50_000 };
    const reply = await connect().piChunk(input);
    const after = performance.timeOrigin + performance.now();
    expect(reply.result.inside).toBe(piChunk(input).inside);
    expect(reply.result.samples).toBe(50_000);
    expect(reply.startEpochMs).toBeGreaterThanOrEqual(before);
    expect(reply.endEpochMs).toBeGreaterThanOrEqual(reply.startEpochMs);
    expect(reply.endEpochMs).toBeLessThanOrEqual(after);
  });

  it('carries recorded darts across the channel', async () => {
    const reply = await connect().piChunk({ seed: 1, firstStream: 0, samples: 8192, pointBlockStride: 1, pointsPerBlock: 4 });
    expect(reply.result.points).toBeInstanceOf(Float32Array);
    expect(reply.result.points.length).toBe(16);
  });

  it('checks a chunk of numbers given as a range or as a list', async () => {
    const api = connect();
    const range = await api.primeChunk({ numbers: { from: 100, to: 200, step: 1 }, keepPrimes: 2 });
    expect(range.result).toMatchObject({ checked: 100, primes: 21, samplePrimes: [101, 103] });
    const list = await api.primeChunk({ numbers: { list: Float64Array.from([7, 8, 9, 11]) } });
    expect(list.result).toMatchObject({ checked: 4, primes: 2, divisions: 1 + 1 + 2 + 2 });
  });

  it('returns the cost profile arrays', async () => {
    const reply = await connect().costProfile(Float64Array.from([10, 11]));
    expect(reply.result.prime).toBeInstanceOf(Uint8Array);
    expect([...reply.result.prime]).toEqual([0, 1]);
  });

  it('turns a kernel error into a rejected call with its message', async () => {
    await expect(connect().piChunk({ seed: 1, firstStream: 0, samples: -5 })).rejects.toThrow(/samples/);
  });

  it.each(['js', 'wasm', 'simd'] as const)('computes a pi chunk with the %s kernel: the same darts inside, the same recorded darts', async (kernel) => {
    const api = connect();
    const input = { seed: 5, firstStream: 2 ** 32 - 4, samples: 19 * 4096 + 3, pointBlockStride: 3, pointsPerBlock: 2 };
    const reply = await api.piChunk({ ...input, kernel });
    const expected = piChunk(input);
    expect(reply.result.inside).toBe(expected.inside);
    expect(reply.result.samples).toBe(input.samples);
    expect(reply.result.points).toEqual(expected.points);
    // Compiled once per worker: a second call uses the same module.
    expect((await api.piChunk({ ...input, kernel })).result.inside).toBe(expected.inside);
  });

  it('times only the kernel: the interval of a WebAssembly chunk lies within the call', async () => {
    const api = connect();
    await api.piChunk({ seed: 1, firstStream: 0, samples: 1, kernel: 'simd' });
    const before = performance.timeOrigin + performance.now();
    const reply = await api.piChunk({ seed: 1, firstStream: 0, samples: 100_000, kernel: 'simd' });
    expect(reply.startEpochMs).toBeGreaterThanOrEqual(before);
    expect(reply.endEpochMs).toBeGreaterThanOrEqual(reply.startEpochMs);
    expect(reply.endEpochMs).toBeLessThanOrEqual(performance.timeOrigin + performance.now());
  });

  it('checks prime chunks and profiles costs with the WebAssembly kernel, as the JavaScript one does', async () => {
    const api = connect();
    const range = { numbers: { from: 100_000_000, to: 100_010_000, step: 1 as const }, keepPrimes: 3 };
    expect((await api.primeChunk({ ...range, kernel: 'wasm' })).result).toEqual(checkPrimeChunk(range));
    const list = { numbers: { list: Float64Array.from([7, 8, 9, 11, 2 ** 32 + 15]) }, keepPrimes: 9 };
    expect((await api.primeChunk({ ...list, kernel: 'wasm' })).result).toEqual(checkPrimeChunk(list));
    const numbers = Float64Array.from([10, 11, 2 ** 31 - 1]);
    const profile = (await api.costProfile(numbers, 'wasm')).result;
    expect([...profile.divisions]).toEqual([...costProfile(numbers).divisions]);
    expect([...profile.prime]).toEqual([0, 1, 1]);
  });

  it('rejects a kernel it does not have', async () => {
    const api = connect();
    await expect(api.primeChunk({ numbers: { from: 0, to: 10, step: 1 }, kernel: 'simd' as 'wasm' })).rejects.toThrow(/Unknown prime kernel/);
    await expect(api.piChunk({ seed: 1, firstStream: 0, samples: 10, kernel: 'gpu' as 'wasm' })).rejects.toThrow(/Unknown pi kernel/);
  });
});
