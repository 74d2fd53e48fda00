// One colour per worker, distinguishable for the first ten and still distinct beyond.
const FIRST_TEN = ['#1f77b4', '#e8590c', '#2b8a3e', '#c92a2a', '#7048e8', '#8d5524', '#d6336c', '#495057', '#a8a200', '#0c8599'];

export function workerColor(worker: number): string {
  if (worker < FIRST_TEN.length) return FIRST_TEN[worker];
  const hue = (worker * 137.508) % 360; // golden angle: neighbours land far apart
  return `hsl(${hue.toFixed(0)} 65% 42%)`;
}
