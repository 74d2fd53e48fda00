// The app's one store of kept runs, opened on first use: IndexedDB where the browser allows it,
// else memory (the runs then last as long as the page).
import type { TaskExport } from '../../runs/exportFormat';
import { openIndexedDbBackend } from './indexedDbBackend';
import { memoryBackend } from './memoryBackend';
import { RunStore } from './runStore';

let store: Promise<RunStore> | null = null;

export function keptRuns(): Promise<RunStore> {
  store ??= openIndexedDbBackend().then(
    (backend) => new RunStore(backend, true),
    () => new RunStore(memoryBackend(), false),
  );
  return store;
}

/** Keeps a task that finished in this browser; a failure to store it costs nothing but the copy. */
export function keepTask(task: TaskExport): void {
  void keptRuns()
    .then((runs) => runs.keep([{ task, file: null }]))
    .catch(() => undefined);
}
