// Tick placement for canvas charts.

/** A round step (1, 2 or 5 times a power of ten) at least as large as `rough`. */
export function roundStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const multiple of [1, 2, 5, 10]) if (multiple * power >= rough) return multiple * power;
  return 10 * power;
}

/** Ticks at round steps covering [min, max], about `count` of them. */
export function linearTicks(min: number, max: number, count: number): number[] {
  const step = roundStep((max - min) / Math.max(1, count));
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Powers of ten within [min, max] (for log axes). */
export function decadeTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.ceil(Math.log10(min)); 10 ** p <= max; p++) ticks.push(10 ** p);
  return ticks;
}
