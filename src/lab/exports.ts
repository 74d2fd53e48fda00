// How a lab's finished tasks leave the page: each one that ends done is handed to whoever opened
// the lab (the app keeps it; a lesson step reads its measurement from it), as the same export
// document its Export JSON button saves.
import { exportTask, type ExportDescription, type TaskExport } from '../runs/exportFormat';
import type { Series } from '../runs/series';

/** A description of any record, result and point type: the lab's own, erased for the map below. */
type AnyDescription = ExportDescription<never, never, never>;

/** How a lab states each kind of task it runs, by the task's kind: "run", "workers", "chunkSize", "gil", … */
export type LabExports = Readonly<Partial<Record<string, AnyDescription>>>;

/** The task as its export, if the lab says how to state its kind; else null. */
export function exportFinished(experiment: string, task: Series<unknown, unknown, unknown>, exports: LabExports): TaskExport | null {
  const describe = exports[task.kind];
  // The lab's description was written for this kind's records and points.
  return describe ? exportTask(experiment, task as Series<unknown, never, never>, describe) : null;
}
