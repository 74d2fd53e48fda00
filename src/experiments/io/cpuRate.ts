// How many darts the page throws per millisecond: the client's CPU work is asked for in ms and
// thrown as darts, so the same work can run on the page or on a worker and be timed in each.
import { nextTask } from '../../nextTask';
import { median } from '../../runs/statistics';
import { cpuWork } from '../../../workers/ioApi';

/** Slices timed apart, after a few that let the JIT compiler optimise the kernel. */
const WARM_UP_SLICES = 6;
const TIMED_SLICES = 24;
const SLICE_DARTS = 1 << 17;

let measured: Promise<number> | null = null;

/**
 * Darts per ms on this page: measured once per page load, before the first run that needs CPU
 * work, as the median rate of slices of about a millisecond (a slice the machine interrupted is
 * slow, and the median leaves it out).
 */
export function pageDartsPerMs(): Promise<number> {
  return (measured ??= measure());
}

async function measure(): Promise<number> {
  const rates: number[] = [];
  for (let slice = 0; slice < WARM_UP_SLICES + TIMED_SLICES; slice++) {
    await nextTask();
    const { result, startEpochMs, endEpochMs } = await cpuWork(SLICE_DARTS, slice * 32);
    if (slice >= WARM_UP_SLICES && endEpochMs > startEpochMs) rates.push(result.darts / (endEpochMs - startEpochMs));
  }
  return median(rates);
}

/** The darts that take about `ms` on this page, at `dartsPerMs`. */
export function dartsFor(ms: number, dartsPerMs: number | null): number {
  return dartsPerMs === null || ms <= 0 ? 0 : Math.max(1, Math.round(ms * dartsPerMs));
}
