// How numbers and durations are written everywhere in the app: figures, tables, charts.

const countFormat = new Intl.NumberFormat('en-US');

/** 100000000 -> "100,000,000". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Short form for axes and tight labels: 1e8 -> "100M". */
export function formatCompact(value: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
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

/** A time on a timeline axis whose ticks are `stepMs` apart, with the decimals that step needs. */
export function formatTimelineTime(t: number, stepMs: number): string {
  if (stepMs >= 1000) return `${(t / 1000).toFixed(Math.max(0, Math.ceil(-Math.log10(stepMs / 1000))))} s`;
  return `${t.toFixed(Math.min(4, Math.max(0, Math.ceil(-Math.log10(stepMs)))))} ms`;
}
