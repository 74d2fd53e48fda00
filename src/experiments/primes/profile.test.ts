import { describe, expect, it } from 'vitest';
import { sampleNumbers } from './profile';

describe('the cost profile sample', () => {
  it('spreads distinct numbers over the whole range, one per equal stratum', () => {
    const sample = sampleNumbers({ from: 10_000, to: 1_000_000 }, 4_000, 5);
    expect(sample).toHaveLength(4_000);
    expect(new Set(sample).size).toBe(4_000);
    const width = (1_000_000 - 10_000) / 4_000;
    sample.forEach((n, i) => {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(10_000 + Math.floor(i * width));
      expect(n).toBeLessThan(10_000 + Math.floor((i + 1) * width));
    });
  });

  it('takes every number of a small range', () => {
    expect([...sampleNumbers({ from: 7, to: 12 }, 4_000, 1)]).toEqual([7, 8, 9, 10, 11]);
  });
});
