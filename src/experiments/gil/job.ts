// A GIL lab task: the threads under the chosen policy, the same work on one thread, and the same
// threads as free workers (processes), measured in turns, Repeats times, so every ratio compares
// runs of one moment. Each run is a job of one chunk per thread on the one run engine.
import type { Timed } from '../../clock';
import type { GilSettings } from '../../gil/lock';
import { createGilBuffers, LOG_CAPACITY, stopThreads } from '../../gil/shared';
import type { SimulatedGil } from '../../gil/threadsMode';
import { IO_ROUND_DARTS, type ThreadOutcome, type ThreadPlan } from '../../gil/thread';
import { captureEnvironment } from '../../platform';
import type { Job } from '../../pool/job';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { ioRoundsFor, type GilParams } from './params';

export type PhaseName = 'threads' | 'oneThread' | 'processes';

export const PHASE_TITLES: Record<PhaseName, string> = {
  threads: 'Threads under the chosen policy',
  oneThread: 'Baseline: the same work on one thread',
  processes: 'Baseline: the same threads as free workers (processes)',
};

/** What a GIL lab run's views read live: its threads' shared memory and what each was asked to do. */
export interface GilInstruments {
  gil: SimulatedGil;
  plans: ThreadPlan[];
  phase: PhaseName;
}

export type GilRecord = RunRecord<GilParams, ThreadOutcome, GilInstruments>;

export interface GilStep {
  phase: PhaseName;
  /** 1, 2, ...: which repeat this run belongs to. */
  repeat: number;
}

export type GilTask = Series<GilStep, GilRecord, never> & { params: GilParams; seed: number };

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

/**
 * State-log entries per thread. The threads' runs draw a timeline; baselines log a few state
 * changes only. A task keeps every repeat's memory, so the logs are kept small enough for 16
 * threads and 9 repeats.
 */
const THREADS_LOG = LOG_CAPACITY / 4;
const BASELINE_LOG = 10_000;

/** The steps of a task: each repeat measures the threads, then one thread, then free workers. */
export function gilSteps(repeats: number): GilStep[] {
  return Array.from({ length: repeats }, (_, r) => (['threads', 'oneThread', 'processes'] as const).map((phase) => ({ phase, repeat: r + 1 }))).flat();
}

/** One chunk per thread: the thread's whole work, on its own worker, under `settings`. */
export function threadsJob(plans: ThreadPlan[], settings: GilSettings, gil: SimulatedGil, seed: number): Job<ThreadPlan, ThreadOutcome> {
  return {
    chunks: plans,
    itemsOf: (plan) => (plan.role === 'cpu' ? plan.darts : (plan.ioRounds ?? 0) * IO_ROUND_DARTS),
    onWorker: (remote, plan): Promise<Timed<ThreadOutcome>> => remote.gilThread(gil.buffers, plan, settings),
    warmUp: (remote) => remote.gilWarmUp(seed),
    onStart: (runStartEpochMs) => void (new Float64Array(gil.buffers.start)[0] = runStartEpochMs),
    // A thread never returns to its event loop until its work is done: ask it to stop.
    onEnd: () => stopThreads(gil.buffers),
  };
}

/** A step's record and job. */
export function prepareGilRun(params: GilParams, seed: number, step: GilStep): { record: GilRecord; job: Job<ThreadPlan, ThreadOutcome> } {
  const plans = step.phase === 'oneThread' ? oneThreadPlan(params, seed) : threadPlans(params, seed);
  const settings = step.phase === 'threads' ? settingsOf(params) : NO_LOCK;
  const gil: SimulatedGil = { settings, buffers: createGilBuffers(plans.length, step.phase === 'threads' ? THREADS_LOG : BASELINE_LOG) };
  const job = threadsJob(plans, settings, gil, seed);
  const setup = {
    experiment: 'gil',
    settings: params,
    mode: step.phase === 'threads' ? ('threads' as const) : ('workers' as const),
    workers: plans.length,
    strategy: 'static' as const,
    environment: captureEnvironment(),
    instruments: { gil, plans, phase: step.phase },
  };
  return { record: newRunRecord(setup, job), job };
}

export function newGilTask(params: GilParams, seed: number): { task: GilTask; run: TaskRunner<GilTask> } {
  const task: GilTask = { ...newSeries<GilStep, GilRecord, never>('gil', gilSteps(params.repeats)), params, seed };
  return { task, run: (state, context) => runSeries(state, { prepare: (step) => prepareGilRun(params, seed, step), toPoint: () => null }, context) };
}

/** Rounds per second of the open-ended I/O thread of a mixed run (it runs as long as the run). */
export function ioRate(record: GilRecord): number | null {
  const index = record.instruments.plans.findIndex((p) => p.role === 'io' && p.ioRounds === null);
  const event = record.events.find((e) => e.chunk === index);
  if (index < 0 || !event || event.endMs <= event.startMs) return null;
  return event.result.ioRounds / ((event.endMs - event.startMs) / 1000);
}
