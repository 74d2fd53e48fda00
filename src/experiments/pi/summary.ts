// What the pi lab shows, derived from a run's event log.
import { piEstimate, piStandardError, type PiChunkResult } from '../../kernels/pi';
import type { ChunkEvent } from '../../pool/types';
import type { ConvergencePoint } from '../../charts/ConvergenceChart';
import type { DartGroup } from '../../charts/Dartboard';

export interface PiTally {
  samples: number;
  inside: number;
  estimate: number;
  standardError: number;
  /** estimate - pi */
  error: number;
  perWorker: { worker: number; samples: number; inside: number }[];
}

export function tallyPi(events: readonly ChunkEvent<PiChunkResult>[], workers: number): PiTally {
  const perWorker = Array.from({ length: workers }, (_, worker) => ({ worker, samples: 0, inside: 0 }));
  let samples = 0;
  let inside = 0;
  for (const { worker, result } of events) {
    samples += result.samples;
    inside += result.inside;
    perWorker[worker].samples += result.samples;
    perWorker[worker].inside += result.inside;
  }
  const estimate = piEstimate(inside, samples);
  return { samples, inside, estimate, standardError: piStandardError(samples), error: estimate - Math.PI, perWorker };
}

const MAX_CONVERGENCE_POINTS = 300;

/** The running estimate after each finished chunk, in completion order, thinned for drawing. */
export function convergenceSeries(events: readonly ChunkEvent<PiChunkResult>[]): ConvergencePoint[] {
  const series: ConvergencePoint[] = [];
  const keepEvery = Math.max(1, Math.ceil(events.length / MAX_CONVERGENCE_POINTS));
  let samples = 0;
  let inside = 0;
  events.forEach((event, i) => {
    samples += event.result.samples;
    inside += event.result.inside;
    if (i % keepEvery !== 0 && i !== events.length - 1) return;
    const estimate = piEstimate(inside, samples);
    const spread = 3 * piStandardError(samples);
    series.push({ samples, estimate, band: [Math.PI - spread, Math.PI + spread] });
  });
  return series;
}

export function dartGroups(events: readonly ChunkEvent<PiChunkResult>[]): DartGroup[] {
  return events.filter((e) => e.result.points.length > 0).map((e) => ({ worker: e.worker, points: e.result.points }));
}
