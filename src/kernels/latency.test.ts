import { describe, expect, it } from 'vitest';
import { requestLatency } from './latency';

describe('requestLatency', () => {
  it('is the latency itself without jitter', () => {
    expect([0, 1, 999].map((id) => requestLatency(100, 0, 7, id))).toEqual([100, 100, 100]);
  });

  it('draws from [latency − jitter, latency + jitter], the same for a seed and id, around the latency on average', () => {
    const draws = Array.from({ length: 10_000 }, (_, id) => requestLatency(100, 20, 7, id));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...draws)).toBeLessThanOrEqual(120);
    expect(Math.min(...draws)).toBeLessThan(81);
    expect(Math.max(...draws)).toBeGreaterThan(119);
    expect(Math.abs(draws.reduce((sum, d) => sum + d, 0) / draws.length - 100)).toBeLessThan(0.5);
    expect(requestLatency(100, 20, 7, 42)).toBe(draws[42]);
    expect(requestLatency(100, 20, 8, 42)).not.toBe(draws[42]);
  });

  it('never goes below 0', () => {
    expect(Array.from({ length: 1000 }, (_, id) => requestLatency(1, 5, 3, id)).every((d) => d >= 0)).toBe(true);
  });
});
