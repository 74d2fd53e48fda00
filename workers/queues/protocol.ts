// What the queues lab's page and workers say to each other: the items on the queues, the
// sentinels, and the summaries a consumer sends a few times a second.

/** On a work queue: no more work, stop (the book's poison pill). Numbers checked are never negative. */
export const POISON_PILL = -1;
/** On a result queue (shared memory): worker 0 has stopped; worker w puts FINISHED - w. */
export const FINISHED = -2;

export const finishedFlag = (lane: number): number => FINISHED - lane;
/** The worker whose finished flag `value` is, or -1 if it is a prime. */
export const laneOfFlag = (value: number): number => (value <= FINISHED ? FINISHED - value : -1);
/** The same as a message, as the book's workers put a flag on their result queue. */
export const FINISHED_FLAG = 'WORKER_FINISHED';

/** How the page hands numbers to its workers. */
export type QueueKind = 'message' | 'batch' | 'ring';

/** How often a consumer reports, at most (only while it takes items). */
export const SUMMARY_EVERY_MS = 100;

/** A consumer's counters, sent as it goes and returned when it stops. */
export interface ConsumerSummary {
  /** When the counters were read (ms since the Unix epoch). */
  at: number;
  /** Numbers taken from the work queue. */
  taken: number;
  /** Primes put on the result queue. */
  primes: number;
  /** Time spent checking numbers. */
  computeMs: number;
  /** Time since it began consuming: computing, and the rest (getting, putting, waiting). */
  activeMs: number;
  /** It has taken its poison pill. */
  pill: boolean;
}

/** What a consumer posts to the page: a prime, a batch's primes, its finished flag, or a summary. */
export type ConsumerMessage = number | Float64Array | typeof FINISHED_FLAG | { summary: ConsumerSummary };

/** Early exit's shared flag: an Int32 state, then (at byte 8) when a factor was found. */
export const FLAG_STATE = { SEARCHING: 0, FOUND: 1, STOPPED: 2 } as const;
export const FLAG_BYTES = 16;

export function flagViews(flag: SharedArrayBuffer): { state: Int32Array; foundAt: Float64Array } {
  return { state: new Int32Array(flag, 0, 1), foundAt: new Float64Array(flag, 8, 1) };
}
