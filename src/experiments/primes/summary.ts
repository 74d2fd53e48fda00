// What a prime run's chunk events add up to.
import type { PrimeChunkResult } from '../../kernels/primes';
import type { ChunkEvent } from '../../pool/types';
import { workerTotals, type RunRecord } from '../../runs/record';

export interface PrimeTally {
  primes: number;
  checked: number;
  divisions: number;
  /** The smallest primes among those the chunks sent back, ascending. */
  samplePrimes: number[];
  /** The costliest chunk's trial divisions: the top of the timeline's colour scale. */
  maxChunkDivisions: number;
}

/** Primes shown in the Result. */
const SAMPLE_SIZE = 10;

/**
 * A running tally of a run's events. Live views feed it only the events that arrived since the
 * last repaint: a run can have 20,000 chunks, and re-adding them ten times a second would cost
 * the page long tasks.
 */
export class PrimeSummary {
  private seen = 0;
  private readonly totals: PrimeTally = { primes: 0, checked: 0, divisions: 0, samplePrimes: [], maxChunkDivisions: 0 };

  catchUp(events: readonly ChunkEvent<PrimeChunkResult>[]): PrimeTally {
    const totals = this.totals;
    for (; this.seen < events.length; this.seen++) {
      const { result } = events[this.seen];
      totals.primes += result.primes;
      totals.checked += result.checked;
      totals.divisions += result.divisions;
      totals.maxChunkDivisions = Math.max(totals.maxChunkDivisions, result.divisions);
      for (const prime of result.samplePrimes) keepSmallest(totals.samplePrimes, prime, SAMPLE_SIZE);
    }
    return { ...totals, samplePrimes: [...totals.samplePrimes] };
  }
}

/** Inserts `value` into the ascending list if it is among the `size` smallest. */
function keepSmallest(list: number[], value: number, size: number): void {
  if (list.length === size && value >= list[size - 1]) return;
  let i = list.length;
  while (i > 0 && list[i - 1] > value) i--;
  list.splice(i, 0, value);
  if (list.length > size) list.pop();
}

export function tallyPrimes(events: readonly ChunkEvent<PrimeChunkResult>[]): PrimeTally {
  return new PrimeSummary().catchUp(events);
}

export interface IdleSummary {
  /** Worker time not spent computing, as a share of workers × wall time. */
  idleShare: number;
  /** Of that, the time spent between chunks: asking for work. */
  waitingMs: number;
  waitingPerChunkMs: number;
  /** After a worker's last chunk until the run ended: the tail. */
  tailMs: number;
}

/** How much of the workers' time went unused over a finished run. */
export function idleSummary(record: Pick<RunRecord<unknown, unknown>, 'workers' | 'events' | 'inFlight' | 'wallMs'>): IdleSummary {
  const wallMs = record.wallMs ?? 0;
  const totals = workerTotals(record, wallMs);
  const idleMs = totals.reduce((sum, t) => sum + t.idleMs, 0);
  const waitingMs = totals.reduce((sum, t) => sum + t.waitingMs, 0);
  const chunks = totals.reduce((sum, t) => sum + t.chunks, 0);
  return {
    idleShare: wallMs > 0 ? idleMs / (wallMs * record.workers) : 0,
    waitingMs,
    waitingPerChunkMs: chunks > 0 ? waitingMs / chunks : 0,
    tailMs: idleMs - waitingMs,
  };
}
