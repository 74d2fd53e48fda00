import { describe, expect, it } from 'vitest';
import { decadeTicks, linearTicks, roundStep } from './axes';

describe('axis ticks', () => {
  it('rounds steps to 1, 2 or 5 times a power of ten', () => {
    expect([0.7, 1.3, 3, 7, 130, 0.0042].map(roundStep)).toEqual([1, 2, 5, 10, 200, 0.005]);
  });

  it('covers a range with round ticks', () => {
    expect(linearTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(linearTicks(3.13, 3.152, 4)).toEqual([3.13, 3.14, 3.15]);
  });

  it('places log ticks at powers of ten', () => {
    expect(decadeTicks(4096, 2e8)).toEqual([1e4, 1e5, 1e6, 1e7, 1e8]);
  });
});
