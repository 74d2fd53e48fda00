// How many darts the page throws per millisecond: the client's CPU work is asked for in ms and
// thrown as darts, so the same work can run on the page or on a worker and be timed in each.
import { nextTask } from '../../nextTask';
import { cpuWork } from '../../../workers/ioApi';

/** Measured over at least this much work, a millisecond at a time. */
const MEASURE_MS = 40;
const SLICE_DARTS = 1 << 17;

let measured: Promise<number> | null = null;

/** Darts per ms on this page: measured once per page load, before the first run that needs CPU work. */
export function pageDartsPerMs(): Promise<number> {
  return (measured ??= measure());
}

async function measure(): Promise<number> {
  // The first slices let the JIT compiler optimise the kernel; they are not counted.
  for (let stream = 0; stream < 3 * 32; stream += 32) await cpuWork(SLICE_DARTS, stream);
  let darts = 0;
  let ms = 0;
  for (let stream = 0; ms < MEASURE_MS; stream += 32) {
    await nextTask();
    const { result, startEpochMs, endEpochMs } = await cpuWork(SLICE_DARTS, stream);
    darts += result.darts;
    ms += endEpochMs - startEpochMs;
  }
  return darts / ms;
}

/** The darts that take about `ms` on this page, at `dartsPerMs`. */
export function dartsFor(ms: number, dartsPerMs: number | null): number {
  return dartsPerMs === null || ms <= 0 ? 0 : Math.max(1, Math.round(ms * dartsPerMs));
}
