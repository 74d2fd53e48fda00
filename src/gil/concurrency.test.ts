import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, type NodeBundle } from '../testing/bundleForNode';
import type { GilSettings } from './lock';
import { gilTotals, readThreadFigures } from './readStats';
import { createGilBuffers, LOCK, STATE, type GilBuffers } from './shared';
import type { NodeThreadJob } from './testing/nodeThread.worker';
import { IO_ROUND_DARTS, TICK_DARTS, type ThreadOutcome, type ThreadPlan } from './thread';

// The lock under real concurrency: each simulated thread is a Node worker thread running the
// app's own lock and thread code, all blocking on one shared lock word. With up to 8 threads on
// a machine's few cores, threads are preempted everywhere in the lock's code.

/** Ticks per CPU thread: enough for every thread to meet the others at the lock many times. */
const TICKS = 4096;
/** A run that has not finished by then is deadlocked (each takes well under a second). */
const DEADLINE_MS = 10_000;

let bundle: NodeBundle;
/** Reused from run to run: starting a Node worker costs more than a run's work. */
let workers: Worker[] = [];

beforeAll(async () => {
  bundle = await bundleForNode(new URL('./testing/nodeThread.worker.ts', import.meta.url));
});
afterAll(async () => {
  await stopWorkers();
  await bundle?.remove();
});

async function stopWorkers() {
  const stopping = workers;
  workers = [];
  await Promise.all(stopping.map((worker) => worker.terminate()));
}

/** Runs one simulated thread per plan, each in its own worker, started as the page starts them. */
async function runInWorkers(settings: GilSettings, plans: ThreadPlan[]): Promise<{ buffers: GilBuffers; outcomes: ThreadOutcome[] }> {
  const buffers = createGilBuffers(plans.length, 1024);
  new Float64Array(buffers.start)[0] = performance.timeOrigin + performance.now();
  while (workers.length < plans.length) workers.push(new Worker(bundle.file));
  const outcomes = Promise.all(
    plans.map(async (plan, i) => {
      workers[i].postMessage({ buffers, plan, settings } satisfies NodeThreadJob);
      const [outcome] = await once(workers[i], 'message'); // rejects if the thread throws
      return outcome as ThreadOutcome;
    }),
  );
  outcomes.catch(() => {}); // raced below
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not finished after ${DEADLINE_MS} ms: ${describeThreads(buffers)}`)), DEADLINE_MS);
  });
  try {
    return { buffers, outcomes: await Promise.race([outcomes, deadline]) };
  } catch (error) {
    // A stuck thread never returns to its worker's event loop: only terminating the worker stops it.
    await stopWorkers();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Where a stuck run's threads are, and the lock's words. */
function describeThreads(buffers: GilBuffers): string {
  const stateName = (state: number | null) => Object.entries(STATE).find(([, s]) => s === state)?.[0] ?? 'not started';
  const threads = readThreadFigures(buffers, 0).map((f) => `thread ${f.thread} ${stateName(f.state)} after ${f.ticks} ticks`);
  const lock = new Int32Array(buffers.lock);
  const words = Object.entries(LOCK).map(([name, slot]) => `${name}=${Atomics.load(lock, slot)}`);
  return `${threads.join(', ')}; lock ${words.join(' ')}`;
}

interface Case {
  name: string;
  settings: GilSettings;
  cpuThreads: number;
  /** Share of each round done with the lock released. */
  gilFreeShare?: number;
  /** One more thread doing I/O rounds until the CPU threads are done. */
  ioThread?: boolean;
  /** Sure to show contention beyond the hand-offs every run has. */
  contended?: boolean;
}

const old = (checkInterval: number): GilSettings => ({ policy: 'old', checkInterval, switchIntervalMs: 5 });
const newGil = (switchIntervalMs: number): GilSettings => ({ policy: 'new', checkInterval: 100, switchIntervalMs });

const CASES: Case[] = [
  { name: 'old GIL, check interval 1, 8 threads', settings: old(1), cpuThreads: 8, contended: true },
  { name: 'old GIL, check interval 5, 4 threads', settings: old(5), cpuThreads: 4 },
  { name: 'old GIL, check interval 1, 4 threads half GIL-free beside an I/O thread', settings: old(1), cpuThreads: 4, gilFreeShare: 0.5, ioThread: true },
  { name: 'new GIL, switch interval 1 µs, 8 threads', settings: newGil(0.001), cpuThreads: 8 },
  { name: 'new GIL, switch interval 0.05 ms, 6 threads', settings: newGil(0.05), cpuThreads: 6 },
  { name: 'new GIL, switch interval 5 ms, 4 threads', settings: newGil(5), cpuThreads: 4 },
  {
    name: 'new GIL, switch interval 1 µs, 4 threads half GIL-free beside an I/O thread',
    settings: newGil(0.001),
    cpuThreads: 4,
    gilFreeShare: 0.5,
    ioThread: true,
  },
  { name: 'no GIL (control), 4 threads', settings: { policy: 'none', checkInterval: 100, switchIntervalMs: 5 }, cpuThreads: 4 },
];

function plansFor({ cpuThreads, gilFreeShare = 0, ioThread = false }: Case): ThreadPlan[] {
  const plan = (thread: number, role: ThreadPlan['role']): ThreadPlan => ({
    thread,
    role,
    darts: role === 'cpu' ? TICKS * TICK_DARTS : 0,
    gilFreeShare,
    ioRounds: null,
    cpuThreads,
    seed: 7,
  });
  return [...Array.from({ length: cpuThreads }, (_, thread) => plan(thread, 'cpu')), ...(ioThread ? [plan(cpuThreads, 'io')] : [])];
}

describe('the simulated GIL in Node worker threads: one holder at a time, every thread finishes, the lock ends clean', () => {
  for (const testCase of CASES) {
    it(
      testCase.name,
      async () => {
        const plans = plansFor(testCase);
        const { buffers, outcomes } = await runInWorkers(testCase.settings, plans);
        const lock = new Int32Array(buffers.lock);

        // Every thread did all its work and said so.
        plans.forEach((plan, i) => {
          if (plan.role === 'cpu') expect(outcomes[i].darts).toBe(plan.darts);
          else expect(outcomes[i].darts).toBe(outcomes[i].ioRounds * IO_ROUND_DARTS);
        });
        expect(readThreadFigures(buffers, 0).map((f) => f.state)).toEqual(plans.map(() => STATE.DONE));
        expect(Atomics.load(lock, LOCK.CPU_DONE)).toBe(testCase.cpuThreads);

        const totals = gilTotals(buffers, 0);
        expect(totals.holderViolations).toBe(0);
        // Free and unclaimed. A waiter that asks for a drop goes on waiting until it takes the
        // lock, and taking it clears the request: when every thread is done, none is left.
        expect(Atomics.load(lock, LOCK.LOCKED)).toBe(0);
        expect(Atomics.load(lock, LOCK.HOLDERS)).toBe(0);
        expect(Atomics.load(lock, LOCK.DROP_REQUEST)).toBe(0);

        if (testCase.settings.policy === 'none') {
          expect(totals.acquisitions).toBe(0);
          expect(Atomics.load(lock, LOCK.LAST_HOLDER)).toBe(0);
          return;
        }
        // Every thread held the lock, so it passed from thread to thread at least threads - 1
        // times; each switch but the run's first (from nobody) is a hand-off.
        expect(totals.acquisitions).toBeGreaterThanOrEqual(plans.length);
        expect(totals.handoffs).toBeGreaterThanOrEqual(plans.length - 1);
        expect(Atomics.load(lock, LOCK.SWITCH_NUMBER)).toBe(totals.handoffs + 1);
        if (testCase.contended) {
          // Beyond those: a thread woke to find the lock taken, or lost it in the middle of its work.
          expect(totals.failedAttempts + totals.handoffs - (plans.length - 1)).toBeGreaterThan(0);
        }
      },
      DEADLINE_MS + 5_000,
    );
  }
});
