// Whether the tab was hidden during a run. Browsers throttle a hidden tab (Chromium runs its
// timers at most about once a second), so waits measured there say more about the throttling
// than about the requests: such a run is marked, never silently mixed with the others.
import { epochNow } from '../../clock';

export interface TabVisibility {
  hiddenAtStart: boolean;
  /** Time the tab was hidden during the run (up to now, while it is hidden). */
  hiddenMs: number;
  /** When the tab was last hidden, if it is hidden now (ms since the Unix epoch). */
  hiddenSinceEpochMs: number | null;
}

export type VisibilitySource = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

export function newTabVisibility(): TabVisibility {
  return { hiddenAtStart: false, hiddenMs: 0, hiddenSinceEpochMs: null };
}

/** Watches the tab from now until stop(), noting in `reading` how long it was hidden. */
export function watchVisibility(reading: TabVisibility, source: VisibilitySource = document, clock: () => number = epochNow): { stop(): void } {
  const note = () => {
    const now = clock();
    const hidden = source.visibilityState === 'hidden';
    if (hidden && reading.hiddenSinceEpochMs === null) reading.hiddenSinceEpochMs = now;
    if (!hidden && reading.hiddenSinceEpochMs !== null) {
      reading.hiddenMs += now - reading.hiddenSinceEpochMs;
      reading.hiddenSinceEpochMs = null;
    }
  };
  reading.hiddenAtStart = source.visibilityState === 'hidden';
  note();
  source.addEventListener('visibilitychange', note);
  return {
    stop() {
      source.removeEventListener('visibilitychange', note);
      if (reading.hiddenSinceEpochMs !== null) {
        reading.hiddenMs += clock() - reading.hiddenSinceEpochMs;
        reading.hiddenSinceEpochMs = null;
      }
    },
  };
}

/** Time hidden so far: finished stretches, and the current one up to `nowEpochMs`. */
export function hiddenSoFar(reading: TabVisibility, nowEpochMs: number): number {
  return reading.hiddenMs + (reading.hiddenSinceEpochMs === null ? 0 : Math.max(0, nowEpochMs - reading.hiddenSinceEpochMs));
}

export function wasHidden(reading: TabVisibility): boolean {
  return reading.hiddenAtStart || reading.hiddenMs > 0 || reading.hiddenSinceEpochMs !== null;
}
