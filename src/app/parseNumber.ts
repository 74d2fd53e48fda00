// Parsing of the numbers people type: "1e8", "100000000", "100,000,000", "100 000 000".

/** Why a text was refused: nothing typed, not a number, a fraction, or outside the range. */
export type ParseFailure = 'empty' | 'format' | 'fraction' | 'range';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; reason: ParseFailure };

export interface WholeNumberRule {
  min: number;
  max: number;
}

/** A whole number within [min, max], or the sentence that explains why the text is not one. */
export function parseWholeNumber(text: string, rule: WholeNumberRule): Parsed<number> {
  // A fraction is refused as a fraction even when it is also below the minimum (0.5 for 1 to
  // 10); above the maximum it is refused as out of range.
  const parsed = parseDecimal(text, { min: -Infinity, max: rule.max });
  if (!parsed.ok) return parsed.reason === 'range' ? outOfRange(rule) : parsed;
  if (!Number.isInteger(parsed.value)) return { ok: false, error: 'Enter a whole number.', reason: 'fraction' };
  return parsed.value < rule.min ? outOfRange(rule) : parsed;
}

/** A number within [min, max], fractions allowed ("0.5", "1e-3"). */
export function parseDecimal(text: string, rule: WholeNumberRule): Parsed<number> {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter a number.', reason: 'empty' };
  // A negative number is a number, just not one in range.
  if (/^-(\d|\.\d)/.test(cleaned) && Number.isFinite(Number(cleaned))) return outOfRange(rule);
  if (!/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) {
    return { ok: false, error: `"${text.trim()}" is not a number (try 100000000, 100,000,000 or 1e8).`, reason: 'format' };
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value) || value > rule.max || value < rule.min) return outOfRange(rule);
  return { ok: true, value };
}

function outOfRange(rule: WholeNumberRule): Parsed<number> {
  return { ok: false, error: `Enter a number from ${formatCount(rule.min)} to ${formatCount(rule.max)}.`, reason: 'range' };
}

const countFormat = new Intl.NumberFormat('en-US');

/** 100000000 -> "100,000,000". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Short form for axes and tight labels: 1e8 -> "100M". */
export function formatCompact(value: number): string {
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return `${trimZeros((value / size).toPrecision(3))}${unit}`;
  }
  return trimZeros(value.toPrecision(3));
}

function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

/** Milliseconds as people read them: "850 ms", "3.42 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}
