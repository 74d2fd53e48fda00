// Amdahl's law: with serial share s, n workers speed a job up by at most 1 / (s + (1 - s) / n).

export function amdahlSpeedup(serialShare: number, workers: number): number {
  return 1 / (serialShare + (1 - serialShare) / workers);
}

/**
 * The serial share s that best explains measured wall times, with the one-worker time T1 taken
 * as measured: T(n) / T1 = s + (1 - s) / n, i.e. T(n) / T1 - 1/n = s (1 - 1/n), a least-squares
 * fit through the origin. W workers on fewer cores run only `cores` at a time, so n = min(W,
 * cores). Null without a one-worker point and at least one point that ran in parallel.
 */
export function fitSerialShare(points: readonly { workers: number; wallMs: number }[], cores = Infinity): number | null {
  const oneWorker = points.find((p) => p.workers === 1);
  const parallel = points.filter((p) => Math.min(p.workers, cores) > 1);
  if (!oneWorker || parallel.length === 0) return null;
  let numerator = 0;
  let denominator = 0;
  for (const { workers, wallMs } of parallel) {
    const n = Math.min(workers, cores);
    const parallelPart = 1 - 1 / n;
    numerator += (wallMs / oneWorker.wallMs - 1 / n) * parallelPart;
    denominator += parallelPart * parallelPart;
  }
  return Math.min(1, Math.max(0, numerator / denominator));
}
