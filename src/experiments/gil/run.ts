// A GIL lab run: the threads under the chosen policy, then the same work on one thread and on
// free workers (processes), so the ratios compare runs measured in this session.
import type { GilSettings } from '../../gil/lock';
import { newThreadsRun, runThreads, type ThreadsRun } from '../../gil/runThreads';
import type { ThreadPlan } from '../../gil/thread';
import type { LiveTaskContext } from '../../runs/useLiveTask';
import { ioRoundsFor, type GilParams } from './params';

export type PhaseName = 'threads' | 'oneThread' | 'processes';

export const PHASE_TITLES: Record<PhaseName, string> = {
  threads: 'Threads under the chosen policy',
  oneThread: 'Baseline: the same work on one thread',
  processes: 'Baseline: the same threads as free workers (processes)',
};

export interface Baseline {
  wallMs: number;
  /** The free workers' I/O thread rounds per second (mixed workload), else null. */
  ioRoundsPerSecond: number | null;
  /** When it was measured (baselines are reused within a page session). */
  measuredAt: string;
  reused: boolean;
}

export interface GilRun {
  id: number;
  params: GilParams;
  seed: number;
  /** The phase running now, or the last one. */
  phase: PhaseName;
  threads: ThreadsRun;
  oneThread: Baseline | null;
  processes: Baseline | null;
  /** The baseline run in progress (shown live), if any. */
  baselineRun: ThreadsRun | null;
  status: 'running' | 'done' | 'stopped' | 'failed';
  error: string | null;
}

/** The lab's threads: CPU-bound, I/O-bound, or (mixed) thread 1 doing I/O beside CPU threads. */
export function threadPlans(params: GilParams, seed: number): ThreadPlan[] {
  const cpuThreads = params.workload === 'cpu' ? params.threads : params.workload === 'mixed' ? params.threads - 1 : 0;
  return Array.from({ length: params.threads }, (_, thread): ThreadPlan => {
    const io = params.workload === 'io' || (params.workload === 'mixed' && thread === 0);
    return {
      thread,
      role: io ? 'io' : 'cpu',
      darts: io ? 0 : params.work,
      gilFreeShare: params.gilFreeShare,
      // A mixed run's I/O thread goes on until the CPU threads are done: its rate is the lesson.
      ioRounds: params.workload === 'io' ? ioRoundsFor(params.work) : null,
      cpuThreads,
      seed,
    };
  });
}

/** The same total work done by one thread (a mixed run's open-ended I/O rounds left out). */
export function oneThreadPlan(params: GilParams, seed: number): ThreadPlan[] {
  const io = params.workload === 'io';
  const cpuThreads = params.workload === 'mixed' ? params.threads - 1 : params.threads;
  return [
    {
      thread: 0,
      role: io ? 'io' : 'cpu',
      darts: io ? 0 : cpuThreads * params.work,
      gilFreeShare: params.gilFreeShare,
      ioRounds: io ? params.threads * ioRoundsFor(params.work) : null,
      cpuThreads: io ? 0 : 1,
      seed,
    },
  ];
}

const NO_LOCK: GilSettings = { policy: 'none', checkInterval: 1, switchIntervalMs: 1 };

export function settingsOf(params: GilParams): GilSettings {
  return { policy: params.policy, checkInterval: params.checkInterval, switchIntervalMs: params.switchIntervalMs };
}

let runsStarted = 0;

export function newGilRun(params: GilParams, seed: number): GilRun {
  return {
    id: ++runsStarted,
    params,
    seed,
    phase: 'threads',
    threads: newThreadsRun(settingsOf(params), threadPlans(params, seed)),
    oneThread: null,
    processes: null,
    baselineRun: null,
    status: 'running',
    error: null,
  };
}

/** Baselines do not depend on the policy: reused while the work stays the same. */
const baselineCache = new Map<string, Baseline>();

function baselineKey(params: GilParams, phase: PhaseName): string {
  return JSON.stringify([phase, params.threads, params.workload, params.work, params.gilFreeShare]);
}

export async function runGilExperiment(run: GilRun, { signal, changed }: LiveTaskContext): Promise<void> {
  await runThreads(run.threads, signal, changed);
  if (!finishedPhase(run, run.threads)) return;

  for (const phase of ['oneThread', 'processes'] as const) {
    const key = baselineKey(run.params, phase);
    const cached = baselineCache.get(key);
    if (cached) {
      run[phase] = { ...cached, reused: true };
      continue;
    }
    run.phase = phase;
    const plans = phase === 'oneThread' ? oneThreadPlan(run.params, run.seed) : threadPlans(run.params, run.seed);
    const baselineRun = newThreadsRun(NO_LOCK, plans);
    run.baselineRun = baselineRun;
    changed();
    await runThreads(baselineRun, signal, changed);
    if (!finishedPhase(run, baselineRun)) return;
    const baseline: Baseline = { wallMs: baselineRun.wallMs ?? NaN, ioRoundsPerSecond: ioRate(baselineRun), measuredAt: new Date().toISOString(), reused: false };
    baselineCache.set(key, baseline);
    run[phase] = baseline;
    run.baselineRun = null;
  }
  run.status = 'done';
  changed();
}

/** False (and the run ended) when the phase was stopped or failed. */
function finishedPhase(run: GilRun, phase: ThreadsRun): boolean {
  if (phase.status === 'done') return true;
  run.status = phase.status === 'stopped' ? 'stopped' : 'failed';
  run.error = phase.error;
  run.baselineRun = null;
  return false;
}

/** Rounds per second of the open-ended I/O thread of a mixed run (it runs as long as the run). */
export function ioRate(threads: ThreadsRun): number | null {
  const index = threads.plans.findIndex((p) => p.role === 'io' && p.ioRounds === null);
  if (index < 0 || !threads.outcomes || !threads.wallMs) return null;
  return threads.outcomes[index].ioRounds / (threads.wallMs / 1000);
}
