// The runs kept in this browser: every task a lab finished here, and those imported from other
// machines' exports. Bounded: past a number of runs or a size, the oldest are dropped to make
// room. Where they are stored is the backend's business (IndexedDB in the browser).
import type { TaskExport } from '../../runs/exportFormat';

export interface KeptRun {
  id: number;
  keptAt: string;
  /** The file it was imported from; null: it ran in this browser. */
  file: string | null;
  /** The length of its JSON: what the size bound counts. */
  size: number;
  /** What makes two copies of one task the same: the second is not kept. */
  fingerprint: string;
  /** The task without its runs' chunk events, which only its export needs (see `load`). */
  task: TaskExport;
}

export type NewKeptRun = Omit<KeptRun, 'id'>;

export interface KeptRunsBackend {
  /** Every kept run, oldest first. */
  list(): Promise<KeptRun[]>;
  /** A kept task in full, with its events. */
  load(id: number): Promise<TaskExport | null>;
  /** Adds these runs and deletes those, all or nothing; returns the added runs with their ids. */
  change(add: readonly { entry: NewKeptRun; full: TaskExport }[], remove: readonly number[]): Promise<KeptRun[]>;
  clear(): Promise<void>;
}

export interface Limits {
  runs: number;
  /** Characters of JSON over all kept runs. */
  size: number;
}

export const KEPT_LIMITS: Limits = { runs: 200, size: 50 * 1024 * 1024 };

export interface KeepOutcome {
  kept: KeptRun[];
  /** Tasks already kept (run here and imported back, or imported twice). */
  duplicates: number;
  /** Kept runs dropped, oldest first, to make room. */
  dropped: number;
  /** Fingerprints of the tasks left out for want of room (too large, or past the limit in one batch). */
  leftOut: string[];
}

export function fingerprintOf(task: TaskExport): string {
  const { userAgent, logicalCores, startedAt } = task.environment;
  return JSON.stringify([task.experiment, task.kind, startedAt, userAgent, logicalCores, task.runs.map((run) => run.wallMs)]);
}

/** The task as listed: its runs' events left out. */
export function withoutEvents(task: TaskExport): TaskExport {
  return { ...task, runs: task.runs.map((run) => ({ ...run, events: [] })) };
}

/** Which kept runs (oldest first) to drop so that `incoming` more fit the limits. */
export function oldestToDrop(kept: readonly Pick<KeptRun, 'id' | 'size'>[], incoming: readonly { size: number }[], limits: Limits): number[] {
  let runs = kept.length + incoming.length;
  let size = [...kept, ...incoming].reduce((sum, run) => sum + run.size, 0);
  const drop: number[] = [];
  for (const run of kept) {
    if (runs <= limits.runs && size <= limits.size) break;
    drop.push(run.id);
    runs--;
    size -= run.size;
  }
  return drop;
}

export class RunStore {
  // One change at a time: each reads what is kept, then changes it.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly backend: KeptRunsBackend,
    /** False where the browser refused storage: runs are kept until the page is closed. */
    readonly persistent: boolean,
    private readonly limits: Limits = KEPT_LIMITS,
  ) {}

  list(): Promise<KeptRun[]> {
    return this.serial(() => this.backend.list());
  }

  load(id: number): Promise<TaskExport | null> {
    return this.backend.load(id);
  }

  clear(): Promise<void> {
    return this.serial(() => this.backend.clear());
  }

  /** Keeps tasks (a file name each: imported; null: run here), dropping the oldest kept ones past the limits. */
  keep(tasks: readonly { task: TaskExport; file: string | null }[]): Promise<KeepOutcome> {
    return this.serial(async () => {
      const kept = await this.backend.list();
      const known = new Set(kept.map((run) => run.fingerprint));
      const keptAt = new Date().toISOString();
      let duplicates = 0;
      let incoming: { entry: NewKeptRun; full: TaskExport }[] = [];
      for (const { task, file } of tasks) {
        const fingerprint = fingerprintOf(task);
        if (known.has(fingerprint)) {
          duplicates++;
          continue;
        }
        known.add(fingerprint);
        const size = JSON.stringify(task).length;
        incoming.push({ entry: { keptAt, file, size, fingerprint, task: withoutEvents(task) }, full: task });
      }
      // What cannot fit even with nothing else kept is left out: a task too large, the batch's oldest.
      const fitting = incoming.filter(({ entry }) => entry.size <= this.limits.size).slice(-this.limits.runs);
      while (fitting.reduce((sum, { entry }) => sum + entry.size, 0) > this.limits.size) fitting.shift();
      const leftOut = incoming.filter((item) => !fitting.includes(item)).map(({ entry }) => entry.fingerprint);
      incoming = fitting;
      const remove = oldestToDrop(
        kept,
        incoming.map(({ entry }) => entry),
        this.limits,
      );
      const added = incoming.length > 0 || remove.length > 0 ? await this.backend.change(incoming, remove) : [];
      return { kept: added, duplicates, dropped: remove.length, leftOut };
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
