// One clock for the page and every worker, and kernels stamped with it.

/** A kernel result stamped with the wall-clock interval it ran in (ms since the Unix epoch). */
export interface Timed<R> {
  result: R;
  startEpochMs: number;
  endEpochMs: number;
}

/** The current time in ms since the Unix epoch, comparable across workers and the page. */
export function epochNow(): number {
  // Each worker has its own timeOrigin; adding it puts every thread on one clock.
  return performance.timeOrigin + performance.now();
}

/** Wraps a kernel so each call reports the interval it computed in. */
export function timed<A extends unknown[], R>(kernel: (...args: A) => R): (...args: A) => Timed<R> {
  return (...args: A) => {
    const startEpochMs = epochNow();
    const result = kernel(...args);
    return { result, startEpochMs, endEpochMs: epochNow() };
  };
}
