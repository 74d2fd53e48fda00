// Every colour the app draws with, named for what it shows. Charts and views take them from here.

/** Text and axes drawn on canvases. */
export const INK = '#343a40';
/** Neutral marks: composites, dart outlines, a lane's background work. */
export const NEUTRAL = '#868e96';
/** Reference lines: ideal speed-up, multiples of the worker count, swatch borders. */
export const REFERENCE = '#adb5bd';
/** A lane's empty track behind its bars. */
export const TRACK = '#f1f3f5';
/** The measured series of a chart (wall time, speed-up, the estimate). */
export const MEASURED = '#1c7ed6';
/** What the lesson compares the measurement against: Amdahl's curve, a highlighted point. */
export const HIGHLIGHT = '#e8590c';
/** Where the answer should be: pi, and a prime. */
export const TARGET = '#c92a2a';
/** The band of expected error around pi. */
export const CONFIDENCE_BAND = '#d0ebff';
export const BACKGROUND = '#fff';

/** Time a worker spends: computing, waiting for work, idle. */
export const BUSY = '#2b8a3e';
export const WAITING_FOR_WORK = '#f59f00';
export const IDLE = '#ced4da';

/** A simulated thread's states on the GIL timeline. */
export const THREAD_STATE_COLORS = {
  running: '#2b8a3e',
  waiting: '#e9ecef',
  io: '#1c7ed6',
  gilFree: '#63e6be',
  failedAttempt: '#e03131',
} as const;

// One colour per worker, distinguishable for the first ten and still distinct beyond.
const FIRST_TEN = ['#1f77b4', '#e8590c', '#2b8a3e', '#c92a2a', '#7048e8', '#8d5524', '#d6336c', '#495057', '#a8a200', '#0c8599'];

export function workerColor(worker: number): string {
  if (worker < FIRST_TEN.length) return FIRST_TEN[worker];
  const hue = (worker * 137.508) % 360; // golden angle: neighbours land far apart
  return `hsl(${hue.toFixed(0)} 65% 42%)`;
}

/** Light to dark orange over [0, 1]: cheap to costly. */
const COST_STOPS: [number, number, number][] = [
  [255, 236, 179],
  [247, 140, 20],
  [127, 39, 4],
];

/** Shades of the ramp: a timeline of 20,000 chunks reuses 33 colour strings, not 20,000. */
const COST_SHADES = 32;
const costShades = Array.from({ length: COST_SHADES + 1 }, (_, i) => {
  const t = (i / COST_SHADES) * (COST_STOPS.length - 1);
  const stop = Math.min(COST_STOPS.length - 2, Math.floor(t));
  const f = t - stop;
  const [r, g, b] = COST_STOPS[stop].map((c, k) => Math.round(c + (COST_STOPS[stop + 1][k] - c) * f));
  return `rgb(${r} ${g} ${b})`;
});

export function costColor(share: number): string {
  return costShades[Math.round(Math.min(1, Math.max(0, share)) * COST_SHADES)];
}

/** The cost ramp as a CSS gradient, for legends. */
export const COST_GRADIENT = `linear-gradient(to right, ${COST_STOPS.map(([r, g, b]) => `rgb(${r} ${g} ${b})`).join(', ')})`;

/** A request's stretches on the I/O lab's timeline. */
export const REQUEST_COLORS = {
  /** Sent, on its way to the server or queued there. */
  queued: '#f59f00',
  /** Served: the server's latency (and CPU work), waited for. */
  served: '#1c7ed6',
  /** Answered: on its way back, or waiting for the client to take it up. */
  back: '#ced4da',
  /** The client's CPU work for the answer. */
  cpu: '#2b8a3e',
} as const;

/** Distinct colours for the lines of one chart (ways of sending, methods): the workers' palette. */
export function seriesColor(index: number): string {
  return workerColor(index);
}
