import { describe, expect, it } from 'vitest';
import { amdahlSpeedup, fitSerialShare } from './amdahl';

describe('Amdahl', () => {
  it('bounds speed-up by the serial share', () => {
    expect(amdahlSpeedup(0, 8)).toBe(8);
    expect(amdahlSpeedup(1, 8)).toBe(1);
    expect(amdahlSpeedup(0.1, 4)).toBeCloseTo(1 / (0.1 + 0.9 / 4), 12);
  });

  it('recovers the serial share from exact times', () => {
    const points = [1, 2, 4, 8, 16, 32].map((workers) => ({ workers, wallMs: 1000 * (0.05 + 0.95 / workers) }));
    expect(fitSerialShare(points)).toBeCloseTo(0.05, 12);
  });

  it("reads the book's process timings (120, 56, 27 s on 1, 2, 4) as fully parallel", () => {
    expect(
      fitSerialShare([
        { workers: 1, wallMs: 120 },
        { workers: 2, wallMs: 56 },
        { workers: 4, wallMs: 27 },
      ]),
    ).toBe(0);
  });

  it("reads the book's GIL-bound threads (120 s alone, 160 s on 4) as fully serial", () => {
    expect(
      fitSerialShare([
        { workers: 1, wallMs: 120 },
        { workers: 4, wallMs: 160 },
      ]),
    ).toBe(1);
  });

  it('fits a middling case between the two', () => {
    // 100 ms alone, 60 ms on 2 workers: T2/T1 = 0.6 = s + (1 - s) / 2, so s = 0.2.
    expect(
      fitSerialShare([
        { workers: 1, wallMs: 100 },
        { workers: 2, wallMs: 60 },
      ]),
    ).toBeCloseTo(0.2, 12);
  });

  it('counts at most one worker per core as parallel', () => {
    // 2 cores, a perfectly parallel job: 4 workers take as long as 2.
    const points = [
      { workers: 1, wallMs: 100 },
      { workers: 2, wallMs: 50 },
      { workers: 4, wallMs: 50 },
    ];
    expect(fitSerialShare(points, 2)).toBe(0);
    expect(fitSerialShare(points)).toBeGreaterThan(0.1);
    expect(
      fitSerialShare(
        [
          { workers: 1, wallMs: 100 },
          { workers: 4, wallMs: 100 },
        ],
        1,
      ),
    ).toBeNull();
  });

  it('needs the one-worker time and one more point', () => {
    expect(
      fitSerialShare([
        { workers: 2, wallMs: 5 },
        { workers: 4, wallMs: 3 },
      ]),
    ).toBeNull();
    expect(fitSerialShare([{ workers: 1, wallMs: 5 }])).toBeNull();
  });
});
