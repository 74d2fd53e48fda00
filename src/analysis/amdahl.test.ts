import { describe, expect, it } from 'vitest';
import { amdahlSpeedup, fitAmdahl } from './amdahl';

describe('Amdahl', () => {
  it('bounds speed-up by the serial share', () => {
    expect(amdahlSpeedup(0, 8)).toBe(8);
    expect(amdahlSpeedup(1, 8)).toBe(1);
    expect(amdahlSpeedup(0.1, 4)).toBeCloseTo(1 / (0.1 + 0.9 / 4), 12);
  });

  it('recovers the serial share from exact times', () => {
    const points = [1, 2, 4, 8, 16, 32].map((workers) => ({ workers, wallMs: 1000 * (0.05 + 0.95 / workers) }));
    const fit = fitAmdahl(points)!;
    expect(fit.serialShare).toBeCloseTo(0.05, 10);
    expect(fit.oneWorkerMs).toBeCloseTo(1000, 8);
  });

  it('reads the book\'s process timings (120, 56, 27 s on 1, 2, 4) as almost fully parallel', () => {
    const fit = fitAmdahl([{ workers: 1, wallMs: 120 }, { workers: 2, wallMs: 56 }, { workers: 4, wallMs: 27 }])!;
    expect(fit.serialShare).toBeLessThan(0.02);
  });

  it('needs two distinct worker counts, and clamps to [0, 1]', () => {
    expect(fitAmdahl([{ workers: 2, wallMs: 5 }, { workers: 2, wallMs: 6 }])).toBeNull();
    // Slower with more workers (the GIL battle): no parallel share at all.
    expect(fitAmdahl([{ workers: 1, wallMs: 100 }, { workers: 4, wallMs: 160 }])!.serialShare).toBe(1);
  });
});
