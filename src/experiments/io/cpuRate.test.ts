import { describe, expect, it } from 'vitest';
import { dartsFor, pageDartsPerMs } from './cpuRate';

describe('CPU work in darts', () => {
  it('measures this thread’s darts per ms once, and turns ms of work into darts at that rate', async () => {
    const rate = pageDartsPerMs();
    expect(pageDartsPerMs()).toBe(rate);
    expect(await rate).toBeGreaterThan(1000);
    expect(dartsFor(0.37, 200_000)).toBe(74_000);
    expect(dartsFor(1e-9, 200_000)).toBe(1);
    expect(dartsFor(0, 200_000)).toBe(0);
    expect(dartsFor(5, null)).toBe(0);
  });
});
