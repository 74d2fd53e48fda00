// What a queue run's live view reads: the page's own counters (numbers sent, pills, primes and
// finished flags received) and each worker's latest summary. The page records; views derive.
import type { ConsumerSummary } from '../../../workers/queues/protocol';
import type { Way } from './form';

export interface LaneLive {
  /** The worker's last two summaries: its counters, and its rate between them. */
  summary: ConsumerSummary | null;
  previous: ConsumerSummary | null;
  /** Numbers the page has sent to this worker's own queue (messages; 0 for the shared ring). */
  sent: number;
  /** (when, how many sent so far) after each stretch of sending: the queue's depth at a summary's time. */
  sentLog: { at: number; sent: number }[];
  pillSentAt: number | null;
  /** When its finished flag reached the page (ms since the Unix epoch). */
  finishedAt: number | null;
}

export interface DepthSample {
  /** Ms since the run started. */
  atMs: number;
  /** The worker whose queue it is, or -1 for the one shared queue. */
  lane: number;
  depth: number;
}

export interface QueueLive {
  way: Way;
  workers: number;
  /** Numbers to check. */
  total: number;
  runStartEpochMs: number | null;
  /** Numbers the page has put on the work queue(s). */
  sent: number;
  pillsSent: number;
  finishedFlags: number;
  primes: number;
  primeSum: number;
  lanes: LaneLive[];
  depth: DepthSample[];
}

export function newQueueLive(way: Way, workers: number, total: number): QueueLive {
  return {
    way,
    workers,
    total,
    runStartEpochMs: null,
    sent: 0,
    pillsSent: 0,
    finishedFlags: 0,
    primes: 0,
    primeSum: 0,
    lanes: Array.from({ length: workers }, () => ({ summary: null, previous: null, sent: 0, sentLog: [], pillSentAt: null, finishedAt: null })),
    depth: [],
  };
}

/** A worker's summary arrived; with its own queue (messages), it also says how deep that queue was then. */
export function recordSummary(live: QueueLive, lane: number, summary: ConsumerSummary, ownQueue: boolean): void {
  const state = live.lanes[lane];
  state.previous = state.summary;
  state.summary = summary;
  if (ownQueue && live.runStartEpochMs !== null) {
    live.depth.push({ atMs: summary.at - live.runStartEpochMs, lane, depth: Math.max(0, sentBy(state, summary.at) - summary.taken) });
  }
}

/** Numbers the page had sent to a lane by `at` (ms since the Unix epoch). */
export function sentBy(lane: Pick<LaneLive, 'sentLog'>, at: number): number {
  const log = lane.sentLog;
  let low = 0;
  let high = log.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (log[middle].at <= at) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : log[low - 1].sent;
}

/** The window the page's sending rate to a worker is taken over. */
const SENT_RATE_WINDOW_MS = 500;

export interface LaneRow {
  lane: number;
  /** Numbers the page sent to this worker's own queue per second, lately (null: the shared ring). */
  sentRate: number | null;
  taken: number;
  /** Numbers taken per second between its last two summaries (null: not yet known). */
  rate: number | null;
  primes: number;
  /** Per number taken: time checking it, and the rest of its time (getting, putting, waiting). */
  computeMicros: number | null;
  communicateMicros: number | null;
  pill: boolean;
  finished: boolean;
}

/** Per worker, as of `now` (ms since the Unix epoch). */
export function laneRows(live: QueueLive, now: number): LaneRow[] {
  return live.lanes.map((state, lane) => {
    const { summary, previous } = state;
    const taken = summary?.taken ?? 0;
    const span = summary && previous ? summary.at - previous.at : 0;
    const sentLately = sentBy(state, now) - sentBy(state, now - SENT_RATE_WINDOW_MS);
    return {
      lane,
      sentRate: live.way === 'ring' || live.way === 'none' ? null : (sentLately / SENT_RATE_WINDOW_MS) * 1000,
      taken,
      rate: summary && previous && span > 0 ? ((summary.taken - previous.taken) / span) * 1000 : null,
      primes: summary?.primes ?? 0,
      computeMicros: summary && taken > 0 ? (summary.computeMs / taken) * 1000 : null,
      communicateMicros: summary && taken > 0 ? ((summary.activeMs - summary.computeMs) / taken) * 1000 : null,
      pill: summary?.pill ?? false,
      finished: state.finishedAt !== null,
    };
  });
}

/** Numbers the workers have taken so far, as their summaries said. */
export function takenSoFar(live: QueueLive): number {
  return live.lanes.reduce((sum, lane) => sum + (lane.summary?.taken ?? 0), 0);
}
