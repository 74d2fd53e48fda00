// How long a run would take, estimated before it starts: runs that would take minutes are
// refused up front. The rates are rough figures for a laptop core, on the slow side.
import type { IpcMethod } from './ipcParams';
import { itemCount, type QueueNumbers, type Way } from './form';

export const MAX_RUN_SECONDS = 60;
export const MAX_TASK_SECONDS = 120;

/** Trial divisions per second on one core, 32-bit remainders. */
const DIVISIONS_PER_SECOND = 3e8;
/** Trial divisions a number near 10^8 takes on average (measured: 334; odd numbers only: 666). */
const DIVISIONS_PER_NUMBER = 340;
/**
 * What handing one number over costs, by way, page and worker time for the whole round: a
 * message per number took 53 µs on a 2-core cloud machine (10 or so on a laptop).
 */
const SECONDS_PER_NUMBER: Record<Way, number> = {
  none: 0,
  message: 60e-6,
  batch: 2e-6,
  ring: 3e-6,
};

/** Estimated seconds for one run of `way` on `workers` workers. */
export function wayRunSeconds(way: Way, params: QueueNumbers & { workers: number }, cores: number): number {
  const items = itemCount(params);
  const perNumber = (params.skipEven ? 2 : 1) * DIVISIONS_PER_NUMBER;
  const parallel = way === 'none' ? 1 : Math.max(1, Math.min(params.workers, cores));
  return (items * perNumber) / DIVISIONS_PER_SECOND / parallel + items * SECONDS_PER_NUMBER[way];
}

/** Seconds per integer, there and back, by each way of the IPC meter (the same machine: 33-66, 1-3, 70-95, 0.2 and 0.6-1.7 µs). */
const IPC_SECONDS_PER_INTEGER: Record<IpcMethod, number> = {
  messages: 70e-6,
  array: 4e-6,
  comlink: 100e-6,
  transfer: 0.5e-6,
  ring: 3e-6,
};

/** One round of N integers, there and back. */
export function ipcRunSeconds(method: IpcMethod, n: number): number {
  return n * IPC_SECONDS_PER_INTEGER[method];
}

/** A measurement: a short round is timed three times (see ipcJob), plus starting a worker. */
export function ipcTaskSeconds(method: IpcMethod, n: number): number {
  const round = ipcRunSeconds(method, n);
  return (round < 0.5 ? 3 : 1) * round + 0.2;
}

export function formatSeconds(seconds: number): string {
  return seconds < 120 ? `${Math.round(seconds)} s` : seconds < 7200 ? `${Math.round(seconds / 60)} minutes` : `${Math.round(seconds / 3600)} hours`;
}
