// The queues lab's form, as typed, and what every part's rules share: the workers, the numbers
// a queue run checks, and the message for a page that cannot share memory.
import type { QueueKind } from '../../../workers/queues/protocol';

/** A way of feeding the workers: one of the queues, or none (one worker, a plain loop). */
export type Way = QueueKind | 'none';
export type QueueChoice = Way | 'all';

export const CHECK_INTERVALS = ['1', '10', '1000', '100000'] as const;
export type CheckInterval = (typeof CHECK_INTERVALS)[number];

/** The numbers checked start here: the book's light job, each check cheap. */
export const FIRST_NUMBER = 100_000_000;

export interface QueuesForm {
  queue: QueueChoice;
  batchSize: string;
  workers: string;
  numbers: string;
  skipEven: boolean;
  ipcUpTo: string;
  verifyNumber: string;
  checkEvery: CheckInterval;
  histogramTo: '1e6' | '1e7';
  increments: string;
}

/** The numbers a queue run checks: [FIRST_NUMBER, + numbers), or only the odd ones. */
export interface QueueNumbers {
  numbers: number;
  skipEven: boolean;
}

export const WORKERS_RULE = { min: 1, max: 32 };

export const SHARED_MEMORY_NEEDS_ISOLATION =
  'needs shared memory (a SharedArrayBuffer), which only a cross-origin isolated page has: reload once to let the app’s service worker isolate it, or serve the app with COOP/COEP headers.';

export function defaultQueuesForm(cores: number): QueuesForm {
  return {
    queue: 'all',
    batchSize: '1,000',
    workers: String(Math.min(8, Math.max(2, Math.floor(cores) || 1))),
    numbers: '100,000',
    skipEven: false,
    ipcUpTo: '100,000',
    verifyNumber: '9,007,197,690,257,581',
    checkEvery: CHECK_INTERVALS[2],
    histogramTo: '1e6',
    increments: '1,000,000',
  };
}

/** How many numbers a run checks. */
export function itemCount({ numbers, skipEven }: QueueNumbers): number {
  return skipEven ? Math.floor(numbers / 2) : numbers;
}

export function workersHint(cores: number): string {
  return `${WORKERS_RULE.min} to ${WORKERS_RULE.max}, for every part; this machine has ${cores} logical cores.`;
}
