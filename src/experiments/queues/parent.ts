// The page as the book's parent process: it feeds the work queue, collects the primes, sends a
// poison pill per worker and counts their finished flags. One parent per way of feeding; the
// run's job asks it to connect each worker, to start, and for each worker's outcome.
import type { Remote } from 'comlink';
import { epochNow, type Timed } from '../../clock';
import type { QueuesApi } from '../../../workers/queuesApi';
import type { ConsumerSummary } from '../../../workers/queues/protocol';

/** What a worker did, as the run's event for it. */
export interface LaneResult {
  /** Numbers it took (with no queue: checked). */
  taken: number;
  primes: number;
  computeMs: number;
  /** Its whole time consuming: computing plus communicating. */
  activeMs: number;
  pill: boolean;
  finished: boolean;
}

export interface QueueParent {
  /** Before the timed region: connect worker `worker` and let it warm up. */
  connect(remote: Remote<QueuesApi>, worker: number): Promise<void>;
  /** The timed region starts: begin feeding. */
  start(runStartEpochMs: number): void;
  /** Worker `lane`'s consuming, until its finished flag has reached the page. */
  lane(remote: Remote<QueuesApi>, lane: number): Promise<Timed<LaneResult>>;
  /** The run is over however it ended: stop feeding, wake and release everything. */
  close(): void;
}

/** Longest stretch the page feeds or collects before it lets the browser in (Stop, a repaint). */
export const SLICE_MS = 8;

/** One promise per worker, kept when its finished flag arrives; all of them rejected if feeding fails. */
export class FinishedFlags {
  private readonly waiting: { resolve(at: number): void; reject(error: unknown): void }[] = [];
  private readonly promises: Promise<number>[];

  constructor(workers: number) {
    this.promises = Array.from({ length: workers }, () => new Promise<number>((resolve, reject) => this.waiting.push({ resolve, reject })));
    for (const promise of this.promises) promise.catch(() => {}); // observed by lane()
  }

  /** When worker `lane`'s flag arrived (ms since the Unix epoch). */
  of(lane: number): Promise<number> {
    return this.promises[lane];
  }

  arrived(lane: number, at: number): void {
    this.waiting[lane].resolve(at);
  }

  fail(error: unknown): void {
    for (const lane of this.waiting) lane.reject(error);
  }
}

/**
 * A lane's outcome: the worker's counters, ended when the page counted its flag. Its last
 * counters also go to the live view (`final`).
 */
export async function laneOutcome(
  consumed: Promise<Timed<ConsumerSummary>>,
  flag: Promise<number>,
  final: (summary: ConsumerSummary) => void,
): Promise<Timed<LaneResult>> {
  const startEpochMs = epochNow();
  const [{ result }, finishedAt] = await Promise.all([consumed, flag]);
  final(result);
  const { taken, primes, computeMs, activeMs, pill } = result;
  return { result: { taken, primes, computeMs, activeMs, pill, finished: true }, startEpochMs, endEpochMs: finishedAt };
}
