import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatDuration } from './format';

describe('formatting', () => {
  it('formats counts, compact counts and durations', () => {
    expect(formatCount(100_000_000)).toBe('100,000,000');
    expect(formatCompact(100_000_000)).toBe('100M');
    expect(formatCompact(1_250)).toBe('1.25k');
    expect(formatCompact(12)).toBe('12');
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(3421)).toBe('3.42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});
