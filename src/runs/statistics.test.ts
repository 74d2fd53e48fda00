import { describe, expect, it } from 'vitest';
import { median, quantile } from './statistics';

describe('statistics', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('quantile: the nearest-rank value', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect([quantile(values, 0), quantile(values, 0.5), quantile(values, 0.9), quantile(values, 1)]).toEqual([1, 5, 9, 10]);
    expect(quantile([], 0.9)).toBeNaN();
  });
});
