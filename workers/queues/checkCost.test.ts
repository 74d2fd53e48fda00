import { describe, expect, it } from 'vitest';
import { factorShares, shareDivisions } from '../../src/kernels/earlyExit';
import { COST_BLOCK_DIVISIONS, measureCheckCost, median } from './checkCost';
import { ConsumerMeter, timeOneDivision } from './meter';

describe('the cost of checking, block by block', () => {
  it('searches the whole share once each way and gives a time ratio per block', () => {
    const n = 1_000_000_000_039; // prime: no block ends early
    const [share] = factorShares(n, 1);
    let looks = 0;
    const { result } = measureCheckCost({ ...share, n, checkEvery: 1_000 }, () => (looks++, false));
    expect(result.divisions).toBe(shareDivisions(share));
    expect(result.ratios).toHaveLength(Math.ceil((shareDivisions(share) - 1) / COST_BLOCK_DIVISIONS));
    for (const ratio of result.ratios) expect(ratio).toBeGreaterThan(0);
    expect(looks).toBeGreaterThanOrEqual(Math.floor(shareDivisions(share) / 1_000));
  });

  it('ends between blocks once stopped', () => {
    const n = 2 ** 53 - 111;
    const [share] = factorShares(n, 1);
    expect(measureCheckCost({ ...share, n, checkEvery: 10 }, () => true).result).toEqual({ divisions: 1, ratios: [], stopped: true });
  });

  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('a consumer’s counters', () => {
  it('count numbers, primes and trial divisions, and report at most every 100 ms', () => {
    let now = 0;
    const reports: number[] = [];
    const meter = new ConsumerMeter(
      0.001,
      (summary) => reports.push(summary.taken),
      () => now,
    );
    for (let n = 100; n < 100 + 600; n++) {
      now += 0.5;
      meter.check(n);
    }
    // 600 checks over 300 ms, the clock read every 256: reports at 128 ms and 256 ms.
    expect(reports).toEqual([256, 512]);
    const summary = meter.summary(now, true);
    expect(summary).toMatchObject({ taken: 600, primes: 100, activeMs: 300, pill: true });
    expect(summary.computeMs).toBeGreaterThan(0);
    expect(summary.computeMs).toBeLessThanOrEqual(summary.activeMs);
  });

  it('times a trial division here', () => {
    const ms = timeOneDivision();
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1e-3); // well under a microsecond
  });
});
