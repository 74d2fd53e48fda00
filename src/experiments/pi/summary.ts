// What the pi lab shows, derived from a run's event log. Totals are kept up to date
// incrementally, so a repaint costs the same after 10 chunks as after 10,000.
import { piEstimate, piStandardError, type PiChunkResult } from '../../kernels/pi';
import type { ChunkEvent } from '../../pool/types';

/** The running estimate after some darts, with the band pi ± 3 standard errors. */
export interface ConvergencePoint {
  samples: number;
  estimate: number;
  band: [number, number];
}

/** Recorded darts of one chunk, as x, y pairs, and the worker that threw them. */
export interface DartGroup {
  worker: number;
  points: Float32Array;
}

export interface PiTally {
  samples: number;
  inside: number;
  estimate: number;
  standardError: number;
  /** estimate - pi: how far this run landed from the true value */
  deviation: number;
  perWorker: { worker: number; samples: number; inside: number }[];
}

/** Convergence points kept per run: enough for a smooth line. */
const MAX_CONVERGENCE_POINTS = 300;

/** Running totals over a run's events; call `catchUp` with the growing event list. */
export class PiSummary {
  private processed = 0;
  private samples = 0;
  private inside = 0;
  private readonly keepEvery: number;
  readonly perWorker: PiTally['perWorker'];
  /** Every keepEvery-th chunk's running estimate. */
  private readonly thinned: ConvergencePoint[] = [];
  readonly darts: DartGroup[] = [];

  constructor(workers: number, chunkCount: number) {
    this.perWorker = Array.from({ length: workers }, (_, worker) => ({ worker, samples: 0, inside: 0 }));
    this.keepEvery = Math.max(1, Math.ceil(chunkCount / MAX_CONVERGENCE_POINTS));
  }

  catchUp(events: readonly ChunkEvent<PiChunkResult>[]): this {
    for (; this.processed < events.length; this.processed++) {
      const { worker, result } = events[this.processed];
      this.samples += result.samples;
      this.inside += result.inside;
      this.perWorker[worker].samples += result.samples;
      this.perWorker[worker].inside += result.inside;
      if (result.points.length > 0) this.darts.push({ worker, points: result.points });
      if (this.processed % this.keepEvery === 0) this.thinned.push(this.latestPoint());
    }
    return this;
  }

  tally(): PiTally {
    const estimate = piEstimate(this.inside, this.samples);
    return {
      samples: this.samples,
      inside: this.inside,
      estimate,
      standardError: piStandardError(this.samples),
      deviation: estimate - Math.PI,
      perWorker: this.perWorker.map((w) => ({ ...w })),
    };
  }

  /** The running estimate after each (thinned) chunk, ending at the latest one. */
  convergence(): ConvergencePoint[] {
    const last = this.thinned.at(-1);
    return this.samples > 0 && last?.samples !== this.samples ? [...this.thinned, this.latestPoint()] : [...this.thinned];
  }

  private latestPoint(): ConvergencePoint {
    const spread = 3 * piStandardError(this.samples);
    return { samples: this.samples, estimate: piEstimate(this.inside, this.samples), band: [Math.PI - spread, Math.PI + spread] };
  }
}

export function tallyPi(events: readonly ChunkEvent<PiChunkResult>[], workers: number): PiTally {
  return new PiSummary(workers, events.length).catchUp(events).tally();
}
