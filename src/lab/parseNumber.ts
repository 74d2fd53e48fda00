// Parsing of the numbers people type: "1e8", "100000000", "100,000,000", "100 000 000", "0.005".
// A number means one thing: a dot is only ever the decimal point, and a comma (or a space or
// an underscore) only ever separates groups of three digits, so "7,5", "0,005" and "1,5e8" are
// refused rather than read as 75, 5 and 1.5e9.
import { formatCount } from '../format';

/** Why a text was refused: nothing typed, not a number, a fraction, or outside the range. */
export type ParseFailure = 'empty' | 'format' | 'fraction' | 'range';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; reason: ParseFailure };

export interface WholeNumberRule {
  min: number;
  max: number;
}

export const WHOLE_NUMBER_FORMS =
  'Write a whole number such as 100000000, 100,000,000 or 1e8 (commas only between groups of three digits; a dot is a decimal point).';
export const DECIMAL_FORMS = 'Write a number such as 0.005, 1.5, 1,000 or 5e-3 (a dot for the decimal point; commas only between groups of three digits).';

// Digits, or a first group of 1 to 3 digits (not 0) and groups of three joined by one kind of
// separator; then an optional .fraction. Or just .fraction. Then an optional exponent.
const NUMBER = /^-?(?:(?:\d+|[1-9]\d{0,2}([,_\s])\d{3}(?:\1\d{3})*)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A whole number within [min, max], or the sentence that explains why the text is not one. */
export function parseWholeNumber(text: string, rule: WholeNumberRule): Parsed<number> {
  // A fraction is refused as a fraction even when it is also below the minimum (0.5 for 1 to
  // 10); above the maximum it is refused as out of range.
  const parsed = readNumber(text, { min: -Infinity, max: rule.max }, WHOLE_NUMBER_FORMS);
  if (!parsed.ok) return parsed.reason === 'range' ? outOfRange(rule) : parsed;
  // Digits after a dot are a fraction, even "10.000" (which is 10, though a European means ten
  // thousand); with an exponent, as in 1.5e8, the dot only places the digits.
  const dotFraction = /\.\d/.test(text) && !/e/i.test(text);
  if (dotFraction || !Number.isInteger(parsed.value)) {
    return { ok: false, error: `"${text.trim()}" is not a whole number. ${WHOLE_NUMBER_FORMS}`, reason: 'fraction' };
  }
  return parsed.value < rule.min ? outOfRange(rule) : parsed;
}

/** A number within [min, max], fractions allowed ("0.5", "1e-3"). */
export function parseDecimal(text: string, rule: WholeNumberRule): Parsed<number> {
  return readNumber(text, rule, DECIMAL_FORMS);
}

function readNumber(text: string, rule: WholeNumberRule, forms: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter a number.', reason: 'empty' };
  if (!NUMBER.test(trimmed)) return { ok: false, error: `"${trimmed}" is not a number. ${forms}`, reason: 'format' };
  // A negative number is a number, just not one in range.
  if (trimmed.startsWith('-')) return outOfRange(rule);
  const value = Number(trimmed.replace(/[,_\s]/g, ''));
  if (!Number.isFinite(value) || value > rule.max || value < rule.min) return outOfRange(rule);
  return { ok: true, value };
}

function outOfRange(rule: WholeNumberRule): Parsed<number> {
  return { ok: false, error: `Enter a number from ${formatCount(rule.min)} to ${formatCount(rule.max)}.`, reason: 'range' };
}
