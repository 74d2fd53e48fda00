import { describe, expect, it } from 'vitest';
import { DECIMAL_FORMS, parseDecimal, parseWholeNumber, WHOLE_NUMBER_FORMS } from './parseNumber';

const samplesRule = { min: 1000, max: 1e10 };

describe('parseWholeNumber', () => {
  it('accepts the spellings people use', () => {
    for (const text of ['1e8', '1E8', '100000000', '100,000,000', ' 100 000 000 ', '100_000_000', '1.5e8']) {
      const parsed = parseWholeNumber(text, samplesRule);
      expect(parsed.ok, text).toBe(true);
    }
    expect(parseWholeNumber('1e8', samplesRule)).toEqual({ ok: true, value: 100_000_000 });
    expect(parseWholeNumber('1.5e8', samplesRule)).toEqual({ ok: true, value: 150_000_000 });
    expect(parseWholeNumber('100,000,000', samplesRule)).toEqual({ ok: true, value: 100_000_000 });
    expect(parseWholeNumber('1,000', samplesRule)).toEqual({ ok: true, value: 1_000 });
    expect(parseWholeNumber('12,345,678', samplesRule)).toEqual({ ok: true, value: 12_345_678 });
    expect(parseWholeNumber('2e6', samplesRule)).toEqual({ ok: true, value: 2_000_000 });
  });

  it('takes commas only between groups of three digits, and says which forms it takes', () => {
    for (const text of ['1,5', '7,5', '10,00', '1,0000', ',100', '100,', '1,,000', '0,005', '1,5e8', '100,000 000', '1 5', '10 00', '1_00', '1,000.000,5']) {
      expect(parseWholeNumber(text, samplesRule), text).toEqual({ ok: false, error: `"${text}" is not a number. ${WHOLE_NUMBER_FORMS}`, reason: 'format' });
    }
    expect(WHOLE_NUMBER_FORMS).toBe(
      'Write a whole number such as 100000000, 100,000,000 or 1e8 (commas only between groups of three digits; a dot is a decimal point).',
    );
  });

  it('reads a dot as a decimal point only, so "10.000" is refused rather than read as 10', () => {
    const rule = { min: 1, max: 1e6 };
    for (const text of ['10.000', '10.5', '10.0', '1,000.000']) {
      expect(parseWholeNumber(text, rule), text).toEqual({ ok: false, error: `"${text}" is not a whole number. ${WHOLE_NUMBER_FORMS}`, reason: 'fraction' });
    }
    // With an exponent the dot only places the digits.
    expect(parseWholeNumber('1.5e3', rule)).toEqual({ ok: true, value: 1_500 });
    expect(parseWholeNumber('1.5e0', rule)).toMatchObject({ ok: false, reason: 'fraction' });
  });

  it('refuses text, fractions, signs and out-of-range values with a reason', () => {
    const range = { ok: false, error: 'Enter a number from 1,000 to 10,000,000,000.', reason: 'range' };
    expect(parseWholeNumber('', samplesRule)).toEqual({ ok: false, error: 'Enter a number.', reason: 'empty' });
    expect(parseWholeNumber('lots', samplesRule)).toMatchObject({ ok: false, error: expect.stringContaining('not a number'), reason: 'format' });
    expect(parseWholeNumber('1e', samplesRule)).toMatchObject({ ok: false, reason: 'format' });
    expect(parseWholeNumber('1500.5', samplesRule)).toMatchObject({ ok: false, error: expect.stringContaining('not a whole number'), reason: 'fraction' });
    expect(parseWholeNumber('999', samplesRule)).toEqual(range);
    expect(parseWholeNumber('-5', samplesRule)).toEqual(range);
    expect(parseWholeNumber('-1,000,000', samplesRule)).toEqual(range);
    expect(parseWholeNumber('-0', { min: 0, max: 10 })).toMatchObject({ reason: 'range' });
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

  it('accepts a dot for the decimal point and commas between groups of three', () => {
    const rule = { min: 0.001, max: 1e6 };
    expect(parseDecimal('0.005', rule)).toEqual({ ok: true, value: 0.005 });
    expect(parseDecimal('.5', rule)).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal('10.000', rule)).toEqual({ ok: true, value: 10 });
    expect(parseDecimal('1,000.25', rule)).toEqual({ ok: true, value: 1_000.25 });
    expect(parseDecimal(' 5e-3 ', rule)).toEqual({ ok: true, value: 0.005 });
  });

  it('refuses a decimal comma, and says which forms it takes', () => {
    const rule = { min: 0.001, max: 1e6 };
    for (const text of ['0,005', '7,5', '1,5e8', '1,5', '0.000,5', '1.000,5', '10,00']) {
      expect(parseDecimal(text, rule), text).toEqual({ ok: false, error: `"${text}" is not a number. ${DECIMAL_FORMS}`, reason: 'format' });
    }
    expect(DECIMAL_FORMS).toBe('Write a number such as 0.005, 1.5, 1,000 or 5e-3 (a dot for the decimal point; commas only between groups of three digits).');
  });
});
