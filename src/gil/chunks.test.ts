import { describe, expect, it } from 'vitest';
import { piChunk } from '../kernels/pi';
import { checkPrimeChunk } from '../kernels/primes';
import { piChunkUnderGil, primeChunkUnderGil } from './chunks';
import { readThreadFigures } from './readStats';
import { createGilBuffers, LOCK, STATE } from './shared';

// The labs' threads mode computes what the kernels compute, tick by tick, holding the lock.
function context(policy: 'none' | 'old' | 'new' = 'new') {
  const buffers = createGilBuffers(2);
  new Float64Array(buffers.start)[0] = performance.timeOrigin + performance.now();
  return { buffers, thread: 1, settings: { policy, checkInterval: 3, switchIntervalMs: 5 } };
}

describe('kernel chunks under the simulated GIL', () => {
  it.each(['none', 'old', 'new'] as const)('a pi chunk counts the same darts, and records the same ones (%s)', (policy) => {
    const input = { seed: 5, firstStream: 7, samples: 4096 * 9 + 100, pointBlockStride: 2, pointsPerBlock: 3 };
    const gil = context(policy);
    const { result } = piChunkUnderGil(input, gil);
    expect(result).toEqual(piChunk(input));
    expect(Atomics.load(new Int32Array(gil.buffers.lock), LOCK.LOCKED)).toBe(0);
  });

  it('a prime chunk, as a range or a list, gives the kernel’s counts and sample', () => {
    for (const numbers of [{ from: 1_001, to: 3_000, step: 2 as const }, { list: Float64Array.from({ length: 500 }, (_, i) => 10_000 - i) }]) {
      const { result } = primeChunkUnderGil({ numbers, keepPrimes: 5 }, context());
      expect(result).toEqual(checkPrimeChunk({ numbers, keepPrimes: 5 }));
    }
  });

  it('leaves the thread idle between chunks, its old-GIL tick count going on across them', () => {
    const gil = context('old'); // a release every 3 ticks
    piChunkUnderGil({ seed: 1, firstStream: 0, samples: 4096 * 2 }, gil);
    piChunkUnderGil({ seed: 1, firstStream: 2, samples: 4096 * 2 }, gil);
    const figures = readThreadFigures(gil.buffers, 1e9)[1];
    // A take per chunk, and a release and re-take after the 3rd tick, the first of chunk 2
    // (a count restarting with every chunk would never reach 3).
    expect(figures).toMatchObject({ acquisitions: 3, failedAttempts: 0, state: STATE.DONE });
  });
});
