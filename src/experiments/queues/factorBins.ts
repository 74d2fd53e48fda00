// The smallest-factor histogram in bins a chart can show: each small prime, then ranges.
import type { FactorHistogram } from '../../kernels/factorHistogram';

const SINGLE_FACTORS_UP_TO = 31;
const RANGES: [number, number][] = [
  [37, 97],
  [101, 997],
  [1_009, 3_163],
];

export interface FactorBin {
  label: string;
  /** Share of all composites. */
  value: number;
}

export function factorBins(histogram: FactorHistogram): FactorBin[] {
  const { counts, composites } = histogram;
  const share = (from: number, to: number) => {
    let sum = 0;
    for (let f = from; f <= Math.min(to, counts.length - 1); f++) sum += counts[f];
    return composites > 0 ? sum / composites : 0;
  };
  const bins: FactorBin[] = [];
  for (let f = 2; f <= Math.min(SINGLE_FACTORS_UP_TO, counts.length - 1); f++) if (counts[f] > 0) bins.push({ label: String(f), value: share(f, f) });
  for (const [from, to] of RANGES) if (from < counts.length) bins.push({ label: `${from}–${Math.min(to, counts.length - 1)}`, value: share(from, to) });
  return bins;
}

/** Share of the composites whose smallest factor is at most `factor`. */
export function shareAtMost({ counts, composites }: FactorHistogram, factor: number): number {
  let sum = 0;
  for (let f = 0; f <= Math.min(factor, counts.length - 1); f++) sum += counts[f];
  return composites > 0 ? sum / composites : 0;
}
