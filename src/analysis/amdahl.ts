// Amdahl's law: with serial share s, n workers speed a job up by at most 1 / (s + (1 - s) / n).

export function amdahlSpeedup(serialShare: number, workers: number): number {
  return 1 / (serialShare + (1 - serialShare) / workers);
}

export interface AmdahlFit {
  /** Fitted serial share s, clamped to [0, 1]. */
  serialShare: number;
  /** Fitted one-worker time (ms). */
  oneWorkerMs: number;
}

/**
 * Fits T(n) = T1 * (s + (1 - s) / n) to measured wall times by least squares. The model is
 * linear in 1/n (T = a + b/n with a = T1 s, b = T1 (1 - s)), so the fit is closed-form.
 * Needs at least two distinct worker counts.
 */
export function fitAmdahl(points: readonly { workers: number; wallMs: number }[]): AmdahlFit | null {
  const distinct = new Set(points.map((p) => p.workers));
  if (distinct.size < 2) return null;
  const xs = points.map((p) => 1 / p.workers);
  const ys = points.map((p) => p.wallMs);
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - meanX) ** 2;
    sxy += (xs[i] - meanX) * (ys[i] - meanY);
  }
  const b = Math.max(0, sxy / sxx);
  const a = Math.max(0, meanY - b * meanX);
  if (a + b <= 0) return null;
  return { serialShare: a / (a + b), oneWorkerMs: a + b };
}
