// The lab's sweeps: one setting varied over fresh runs, each plotted as it finishes.
import type { TaskRunner } from '../../runs/live';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { preparePrimeRun, type PrimeRecord } from './job';
import { numbersIn, type Chunking, type PrimeOrder } from './numbers';
import { ORDERS, type PrimeParams } from './params';
import { chunkCounts, type ChunkSizeSweepPlan } from './sweepParams';
import { idleSummary, tallyPrimes } from './summary';

export type SweepKind = 'chunkSize' | 'chunkCount' | 'order';

export interface SweepStep {
  params: PrimeParams;
  chunking: Chunking;
  /** Where the point goes on the chart's x axis (chunk size, chunk count, or order index). */
  x: number;
  label: string;
  /** Pool.map's default chunk size, marked apart on the chart. */
  isDefault: boolean;
}

export interface SweepPoint {
  step: SweepStep;
  wallMs: number;
  /** Spawn + warm-up: measured apart, not in wallMs. */
  startUpMs: number;
  chunks: number;
  idleShare: number;
  primes: number;
}

export type PrimeSweep = Series<SweepStep, PrimeRecord, SweepPoint> & { kind: SweepKind; shuffleSeed: number };

export function chunkSizeSteps(plan: ChunkSizeSweepPlan): SweepStep[] {
  return plan.sizes.map((size) => ({
    params: { ...plan.base, chunkSize: size, chunkSizeIsDefault: size === plan.defaultSize },
    chunking: { by: 'size', size },
    x: size,
    label: `chunk size ${size}`,
    isDefault: size === plan.defaultSize,
  }));
}

export function chunkCountSteps(params: PrimeParams): SweepStep[] {
  const numbers = numbersIn(params);
  return chunkCounts(params.workers, numbers).map((count) => ({
    params: { ...params, chunkSize: Math.ceil(numbers / count), chunkSizeIsDefault: false },
    chunking: { by: 'count', count },
    x: count,
    label: `${count} ${count === 1 ? 'chunk' : 'chunks'}`,
    isDefault: false,
  }));
}

export function orderSteps(params: PrimeParams): SweepStep[] {
  return ORDERS.map(({ value, label }, i) => ({
    params: { ...params, order: value as PrimeOrder },
    chunking: { by: 'size', size: params.chunkSize },
    x: i,
    label,
    isDefault: false,
  }));
}

export function newPrimeSweep(kind: SweepKind, steps: SweepStep[], shuffleSeed: number): { task: PrimeSweep; run: TaskRunner<PrimeSweep> } {
  const task: PrimeSweep = { ...newSeries<SweepStep, PrimeRecord, SweepPoint>(kind, steps), kind, shuffleSeed };
  const toPoint = (step: SweepStep, record: PrimeRecord): SweepPoint => ({
    step,
    wallMs: record.wallMs ?? NaN,
    startUpMs: (record.spawnMs ?? NaN) + (record.warmUpMs ?? 0),
    chunks: record.chunkCount,
    idleShare: idleSummary(record).idleShare,
    primes: tallyPrimes(record.events).primes,
  });
  return { task, run: (state, context) => runSeries(state, { prepare: (step) => preparePrimeRun(step.params, shuffleSeed, step.chunking), toPoint }, context) };
}
