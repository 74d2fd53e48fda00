// Watches the page's own thread during a run: long tasks, and (when asked) painted frames.
import type { PageResponsiveness } from './record';

export interface PageMeter {
  /** Live readings; keep updating until stop(). */
  readonly reading: PageResponsiveness;
  /** Final readings, including a long task that ended just before the call. */
  stop(): Promise<PageResponsiveness>;
}

/** Frames per second are recomputed over windows of about this length. */
const FPS_WINDOW_MS = 500;

/**
 * Long tasks come from the browser's Long Tasks API at no cost. Counting frames needs a
 * requestAnimationFrame loop, which makes the browser paint every frame: on a machine whose
 * cores are all busy that takes CPU time from the workers, so only count frames when asked.
 */
export function startPageMeter({ countFrames }: { countFrames: boolean }): PageMeter {
  const reading: PageResponsiveness = { longTasks: 0, longestTaskMs: 0, frames: countFrames ? 0 : null, framesPerSecond: null };
  const noteLongTasks = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      reading.longTasks++;
      reading.longestTaskMs = Math.max(reading.longestTaskMs, entry.duration);
    }
  };
  let observer: PerformanceObserver | null = null;
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    observer = new PerformanceObserver((list) => noteLongTasks(list.getEntries()));
    observer.observe({ type: 'longtask' });
  }

  let frameRequest: number | null = null;
  if (countFrames) {
    let windowStart = performance.now();
    let windowFrames = 0;
    frameRequest = requestAnimationFrame(function countFrame(now) {
      reading.frames = (reading.frames ?? 0) + 1;
      windowFrames++;
      if (now - windowStart >= FPS_WINDOW_MS) {
        reading.framesPerSecond = (windowFrames * 1000) / (now - windowStart);
        windowStart = now;
        windowFrames = 0;
      }
      frameRequest = requestAnimationFrame(countFrame);
    });
  }

  return {
    reading,
    async stop() {
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      // A long task is reported after it ends: let the task that called stop() finish first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (observer) {
        noteLongTasks(observer.takeRecords());
        observer.disconnect();
      }
      return reading;
    },
  };
}
