// Predictions as typed and as shown: a number in the step's unit, or one of its choices.
import { formatCount } from '../../format';
import { parseDecimal, type Parsed } from '../../lab/parseNumber';
import type { Prediction } from './lesson';

const LIMIT = { min: 0, max: 1e12 };

/** What a prediction field holds, checked: a number (negative only for a share in %), or a choice. */
export function checkPrediction(text: string, prediction: Prediction): Parsed<number | string> {
  if (prediction.kind === 'choice') {
    return prediction.options.some((option) => option.value === text)
      ? { ok: true, value: text }
      : { ok: false, error: 'Choose one of the answers.', reason: 'empty' };
  }
  const trimmed = text.trim().replace(/\s*(×|x|%)$/i, '');
  const negative = prediction.unit === '%' && trimmed.startsWith('-');
  const parsed = parseDecimal(negative ? trimmed.slice(1) : trimmed, LIMIT);
  return parsed.ok && negative ? { ok: true, value: -parsed.value } : parsed;
}

/** A value in the prediction's unit: "1.93×", "12.5 %", "1,000,000 darts", "Faster". */
export function formatValue(value: number | string, prediction: Prediction): string {
  if (prediction.kind === 'choice') return prediction.options.find((option) => option.value === value)?.label ?? String(value);
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  if (prediction.unit === '×') return `${number.toFixed(2)}×`;
  if (prediction.unit.startsWith('×')) return `${number.toFixed(2)}${prediction.unit}`;
  if (prediction.unit === '%') return `${number.toFixed(1)} %`;
  return `${Math.abs(number) >= 100 ? formatCount(Math.round(number)) : Number(number.toPrecision(3))} ${prediction.unit}`;
}
