// A kept task's name in the Compare view: its lab and kind, where it ran, and where it came from.
import { labs } from '../../experiments/registry';
import type { TaskExport } from '../../runs/exportFormat';
import type { KeptRun } from '../kept/runStore';
import { runLabel } from '../kept/machine';
import { kindName } from './overlays';

export function labTitle(experiment: string): string {
  return labs.find((lab) => lab.id === experiment)?.title ?? experiment;
}

/** "Monte Carlo pi, worker sweeps". */
export function groupTitle(experiment: string, kind: string): string {
  return `${labTitle(experiment)}, ${kindName(kind)}`;
}

/** "Monte Carlo pi, worker sweeps, 4 cores, Chrome 131 on Linux, 3 Dec, 14:05". */
export function describeTask(task: TaskExport): string {
  return `${groupTitle(task.experiment, task.kind)}, ${runLabel(task.environment)}`;
}

/** Where a kept run came from: this browser, or the file it was imported from. */
export function origin(run: KeptRun): string {
  return run.file === null ? 'this browser' : run.file;
}
