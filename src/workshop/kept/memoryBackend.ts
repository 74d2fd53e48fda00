// Kept runs in memory: for tests, and for browsers that refuse IndexedDB (the runs then last as
// long as the page).
import type { TaskExport } from '../../runs/exportFormat';
import type { KeptRun, KeptRunsBackend } from './runStore';

export function memoryBackend(): KeptRunsBackend {
  let nextId = 1;
  let runs: KeptRun[] = [];
  const full = new Map<number, TaskExport>();
  return {
    list: async () => runs.map((run) => ({ ...run })),
    load: async (id) => full.get(id) ?? null,
    async change(add, remove) {
      runs = runs.filter((run) => !remove.includes(run.id));
      for (const id of remove) full.delete(id);
      const added = add.map(({ entry, full: task }) => {
        const run = { ...entry, id: nextId++ };
        full.set(run.id, task);
        return run;
      });
      runs.push(...added);
      return added;
    },
    async clear() {
      runs = [];
      full.clear();
    },
  };
}
