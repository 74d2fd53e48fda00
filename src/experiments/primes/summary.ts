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

export function tallyPrimes(events: readonly ChunkEvent<PrimeChunkResult>[], sampleSize = 10): PrimeTally {
  const tally: PrimeTally = { primes: 0, checked: 0, divisions: 0, samplePrimes: [], maxChunkDivisions: 0 };
  const sample: number[] = [];
  for (const { result } of events) {
    tally.primes += result.primes;
    tally.checked += result.checked;
    tally.divisions += result.divisions;
    tally.maxChunkDivisions = Math.max(tally.maxChunkDivisions, result.divisions);
    sample.push(...result.samplePrimes);
  }
  tally.samplePrimes = sample.sort((a, b) => a - b).slice(0, sampleSize);
  return tally;
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
