import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatDuration, parseDecimal, parseWholeNumber } from './parseNumber';

const samplesRule = { min: 1000, max: 1e10 };

describe('parseWholeNumber', () => {
  it('accepts the spellings people use', () => {
    for (const text of ['1e8', '1E8', '100000000', '100,000,000', ' 100 000 000 ', '100_000_000', '1.5e8']) {
      const parsed = parseWholeNumber(text, samplesRule);
      expect(parsed.ok, text).toBe(true);
    }
    expect(parseWholeNumber('1e8', samplesRule)).toEqual({ ok: true, value: 100_000_000 });
    expect(parseWholeNumber('1.5e8', samplesRule)).toEqual({ ok: true, value: 150_000_000 });
  });

  it('refuses text, fractions, signs and out-of-range values with a reason', () => {
    const range = { ok: false, error: 'Enter a number from 1,000 to 10,000,000,000.', reason: 'range' };
    expect(parseWholeNumber('', samplesRule)).toEqual({ ok: false, error: 'Enter a number.', reason: 'empty' });
    expect(parseWholeNumber('lots', samplesRule)).toMatchObject({ ok: false, error: expect.stringContaining('not a number'), reason: 'format' });
    expect(parseWholeNumber('1e', samplesRule)).toMatchObject({ ok: false, reason: 'format' });
    expect(parseWholeNumber('1500.5', samplesRule)).toEqual({ ok: false, error: 'Enter a whole number.', reason: 'fraction' });
    expect(parseWholeNumber('999', samplesRule)).toEqual(range);
    expect(parseWholeNumber('-5', samplesRule)).toEqual(range);
    expect(parseWholeNumber('2e10', samplesRule)).toEqual(range);
    expect(parseWholeNumber('1e400', samplesRule)).toEqual(range);
    expect(parseWholeNumber('0.5', { min: 0, max: 10 })).toMatchObject({ reason: 'fraction' });
    expect(parseWholeNumber('0.5', { min: 1, max: 10 })).toMatchObject({ reason: 'fraction' });
    expect(parseWholeNumber('10.5', { min: 1, max: 10 })).toMatchObject({ reason: 'range' });
  });
});

describe('parseDecimal', () => {
  it('accepts fractions and small exponents within the range', () => {
    const rule = { min: 0.001, max: 1000 };
    expect(parseDecimal('5', rule)).toEqual({ ok: true, value: 5 });
    expect(parseDecimal('0.5', rule)).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal('1e-3', rule)).toEqual({ ok: true, value: 0.001 });
    expect(parseDecimal('1e-4', rule)).toMatchObject({ ok: false, reason: 'range' });
    expect(parseDecimal('fast', rule)).toMatchObject({ ok: false, reason: 'format' });
    expect(parseDecimal('0.5', { min: 1, max: 10 })).toMatchObject({ ok: false, reason: 'range' });
  });
});

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
