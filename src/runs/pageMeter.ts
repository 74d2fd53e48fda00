// Watches the page's own thread during a run: long tasks and painted frames.
import type { PageResponsiveness } from './record';

export interface PageMeter {
  /** Live readings; keep updating until stop(). */
  readonly reading: PageResponsiveness;
  /** Final readings, including a long task that ended just before the call. */
  stop(): Promise<PageResponsiveness>;
}

export function startPageMeter(): PageMeter {
  const reading: PageResponsiveness = { longTasks: 0, longestTaskMs: 0, frames: 0 };
  let observer: PerformanceObserver | null = null;
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        reading.longTasks++;
        reading.longestTaskMs = Math.max(reading.longestTaskMs, entry.duration);
      }
    });
    observer.observe({ type: 'longtask' });
  }
  let frameRequest = requestAnimationFrame(function countFrame() {
    reading.frames++;
    frameRequest = requestAnimationFrame(countFrame);
  });
  return {
    reading,
    async stop() {
      cancelAnimationFrame(frameRequest);
      // A long task is reported after it ends: let the task that called stop() finish first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (observer) {
        for (const entry of observer.takeRecords()) {
          reading.longTasks++;
          reading.longestTaskMs = Math.max(reading.longestTaskMs, entry.duration);
        }
        observer.disconnect();
      }
      return reading;
    },
  };
}
