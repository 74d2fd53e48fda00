// What a run's requests add up to: how many were in flight and served at once, how long they
// queued and waited, and how much of the wall time the client spent on its own CPU work.
import type { ChunkEvent } from '../../pool/types';
import type { RequestResult } from './job';

export interface IoTally {
  requestsDone: number;
  itemsDone: number;
  /** Most requests between sent and done at one moment (the page's clock). */
  mostInFlight: number;
  /** Most requests between served and answered at one moment (the server's clock). */
  mostServedAtOnce: number;
  /** Mean time from arriving at the server to being served: its queue, at capacity. */
  meanQueuedMs: number | null;
  /** Mean time served, less the server's CPU work: the latency as measured by the server's timer. */
  meanWaitMs: number | null;
  /** Mean latency asked for (with jitter, each request's own draw). */
  meanLatencyMs: number | null;
  /** Time some client CPU work was going on (overlaps counted once). */
  clientCpuBusyMs: number;
  meanClientCpuMs: number | null;
}

type Interval = readonly [number, number];

/** The most intervals [start, end) that hold at one moment. */
export function mostOverlapping(intervals: readonly Interval[]): number {
  // An end and a start at the same moment: the end goes first.
  const edges = intervals.flatMap(([start, end]) => [[start, 1] as const, [end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (open += step));
  return most;
}

/** The length of the union of the intervals. */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [-Infinity, -Infinity];
  for (const [start, end] of sorted) {
    if (start > to) {
      if (to > from) total += to - from;
      [from, to] = [start, end];
    } else to = Math.max(to, end);
  }
  return to > from ? total + to - from : total;
}

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

export function tallyRequests(events: readonly ChunkEvent<RequestResult>[]): IoTally {
  const results = events.map((e) => e.result);
  const cpu: Interval[] = results.flatMap((r) => (r.cpuStartMs === null || r.cpuEndMs === null ? [] : [[r.cpuStartMs, r.cpuEndMs] as const]));
  return {
    requestsDone: events.length,
    itemsDone: results.reduce((sum, r) => sum + r.items, 0),
    mostInFlight: mostOverlapping(events.map((e) => [e.startMs, e.endMs])),
    mostServedAtOnce: mostOverlapping(results.map((r) => [r.servedMs, r.answeredMs])),
    meanQueuedMs: mean(results.map((r) => r.servedMs - r.arrivedMs)),
    meanWaitMs: mean(results.map((r) => r.answeredMs - r.servedMs - r.serverCpuMs)),
    meanLatencyMs: mean(results.map((r) => r.latencyMs)),
    clientCpuBusyMs: unionLength(cpu),
    meanClientCpuMs: mean(cpu.map(([start, end]) => end - start)),
  };
}

/** The share of the wall time the client was only waiting: no CPU work of its own going on. */
export function waitingShare(tally: IoTally, wallMs: number): number | null {
  return wallMs > 0 ? Math.max(0, 1 - tally.clientCpuBusyMs / wallMs) : null;
}
