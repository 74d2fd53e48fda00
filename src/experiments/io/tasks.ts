// The lab's tasks: a run, a sweep or a preset, each a series of runs with a point per run.
import type { LiveTaskContext, TaskRunner } from '../../runs/live';
import { newSeries, runSeries, type Series } from '../../runs/series';
import { pageDartsPerMs } from './cpuRate';
import { prepareIoRun, runSettings, type IoRecord } from './job';
import { idealWaitMs, serialWaitMs } from './params';
import type { IoStep, PlanKind } from './plans';
import { tallyRequests, waitingShare } from './summary';
import { wasHidden } from './visibility';

export type IoTaskKind = 'run' | PlanKind;

/** A measured run of a sweep or preset. */
export interface IoPoint {
  label: string;
  x: number;
  wallMs: number;
  /** N × latency, and the wall time as a share of it. */
  serialWaitMs: number;
  ratioToSerialWait: number;
  /** The least this run's client could wait (waits only). */
  idealMs: number;
  /** Share of the wall time with no CPU work of the client's own going on. */
  waitingShare: number | null;
  /** Spawn + warm-up: measured apart, not in wallMs. */
  startUpMs: number;
  /** Taken (at least partly) in a hidden tab, whose timers are throttled. */
  hidden: boolean;
}

export type IoTask = Series<IoStep, IoRecord, IoPoint> & { kind: IoTaskKind };

export function toPoint(step: IoStep, record: IoRecord): IoPoint {
  const wallMs = record.wallMs ?? NaN;
  const serial = serialWaitMs(step.params);
  return {
    label: step.label,
    x: step.x,
    wallMs,
    serialWaitMs: serial,
    ratioToSerialWait: serial > 0 ? wallMs / serial : NaN,
    idealMs: idealWaitMs(step.params),
    waitingShare: waitingShare(tallyRequests(record.events), wallMs),
    startUpMs: (record.spawnMs ?? NaN) + (record.warmUpMs ?? 0),
    hidden: wasHidden(record.instruments.visibility),
  };
}

export function newIoTask(kind: IoTaskKind, steps: IoStep[]): { task: IoTask; run: TaskRunner<IoTask> } {
  const task: IoTask = { ...newSeries<IoStep, IoRecord, IoPoint>(kind, steps), kind };
  const run = async (state: IoTask, context: LiveTaskContext) => {
    // CPU work is asked for in ms and thrown as darts: this page's speed is measured first, once.
    const needsCpu = steps.some((step) => step.params.clientCpuMs > 0 || step.params.serverCpuMs > 0);
    const dartsPerMs = needsCpu ? await pageDartsPerMs() : null;
    await runSeries(state, { prepare: (step) => prepareIoRun(runSettings(step.params, dartsPerMs)), toPoint: kind === 'run' ? () => null : toPoint }, context);
  };
  return { task, run };
}
