import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, UINT32_TO_UNIT, nextUint32, seedStream } from './rng';
import { piChunk, piEstimate, piStandardError } from './pi';

/** Straightforward reference: the same streams through the plain generator API. */
function referenceInside(seed: number, firstStream: number, samples: number): number {
  let inside = 0;
  for (let done = 0, stream = firstStream; done < samples; stream++) {
    const state = seedStream(seed, stream);
    const darts = Math.min(BLOCK_SIZE, samples - done);
    for (let j = 0; j < darts; j++) {
      const x = nextUint32(state) * UINT32_TO_UNIT;
      const y = nextUint32(state) * UINT32_TO_UNIT;
      if (x * x + y * y <= 1) inside++;
    }
    done += darts;
  }
  return inside;
}

describe('piChunk', () => {
  it('counts exactly what the reference generator counts', () => {
    for (const [seed, first, n] of [
      [1, 0, 1000],
      [42, 5, 3 * BLOCK_SIZE + 17],
      [0xffffffff, 99, 20_000],
    ]) {
      expect(piChunk({ seed, firstStream: first, samples: n }).inside).toBe(referenceInside(seed, first, n));
    }
  });

  it('pins the count of a seeded run (a change here changes every shared link)', () => {
    expect(piChunk({ seed: 2024, firstStream: 0, samples: 1_000_000 }).inside).toBe(referenceInside(2024, 0, 1_000_000));
    expect(piChunk({ seed: 2024, firstStream: 0, samples: 1_000_000 }).inside).toBe(PINNED_2024_1E6);
  });

  it('gives the same total however the blocks are cut into chunks', () => {
    const seed = 77;
    const blocks = 40;
    const whole = piChunk({ seed, firstStream: 0, samples: blocks * BLOCK_SIZE }).inside;
    for (const cut of [1, 3, 7, 40]) {
      let total = 0;
      for (let b = 0; b < blocks; b += cut) {
        const n = Math.min(cut, blocks - b) * BLOCK_SIZE;
        total += piChunk({ seed, firstStream: b, samples: n }).inside;
      }
      expect(total).toBe(whole);
    }
  });

  it('gives different counts for different streams', () => {
    const a = piChunk({ seed: 5, firstStream: 0, samples: 100_000 }).inside;
    const b = piChunk({ seed: 5, firstStream: 1000, samples: 100_000 }).inside;
    expect(a).not.toBe(b);
  });

  it('lands within 4 standard errors of pi for 200 seeds', () => {
    const n = 50_000;
    const se = piStandardError(n);
    let outside4 = 0;
    let sumZ2 = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const z = (piEstimate(piChunk({ seed, firstStream: 0, samples: n }).inside, n) - Math.PI) / se;
      if (Math.abs(z) > 4) outside4++;
      sumZ2 += z * z;
    }
    expect(outside4).toBe(0);
    // The spread matches the formula: mean z^2 near 1 (chi-square, 200 dof: 0.72..1.32 at 99.9 %).
    expect(sumZ2 / 200).toBeGreaterThan(0.72);
    expect(sumZ2 / 200).toBeLessThan(1.32);
  });

  it('records evenly spread darts when asked, and none otherwise', () => {
    expect(piChunk({ seed: 1, firstStream: 0, samples: 10 * BLOCK_SIZE }).points.length).toBe(0);
    const { points } = piChunk({ seed: 1, firstStream: 0, samples: 10 * BLOCK_SIZE, pointBlockStride: 2, pointsPerBlock: 3 });
    expect(points.length).toBe(5 * 3 * 2);
    for (const v of points) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('piStandardError', () => {
  it('follows 4 sqrt(p (1 - p) / n)', () => {
    expect(piStandardError(10_000)).toBeCloseTo(0.01642, 5);
    expect(piStandardError(10_000_000)).toBeCloseTo(0.000519, 6);
  });
});

const PINNED_2024_1E6 = 784_827;
