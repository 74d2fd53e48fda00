// Kept runs in IndexedDB: a list of light entries (a task without its chunk events) for the
// Compare view to read quickly, and the full tasks beside them, under the same ids, for exports.
import type { TaskExport } from '../../runs/exportFormat';
import type { KeptRun, KeptRunsBackend } from './runStore';

const DATABASE = 'parallel-playground';
const VERSION = 1;
const ENTRIES = 'keptRuns';
const TASKS = 'keptTasks';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The transaction was aborted.'));
  });
}

/** Opens (and on first use creates) the database; rejects where the browser refuses storage. */
export async function openIndexedDbBackend(): Promise<KeptRunsBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is unavailable.');
  const request = indexedDB.open(DATABASE, VERSION);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(ENTRIES, { keyPath: 'id', autoIncrement: true });
    request.result.createObjectStore(TASKS);
  };
  const db = await done(request);

  return {
    list: () => done(db.transaction(ENTRIES).objectStore(ENTRIES).getAll() as IDBRequest<KeptRun[]>),
    load: async (id) => (await done(db.transaction(TASKS).objectStore(TASKS).get(id) as IDBRequest<TaskExport | undefined>)) ?? null,
    async change(add, remove) {
      const transaction = db.transaction([ENTRIES, TASKS], 'readwrite');
      const entries = transaction.objectStore(ENTRIES);
      const tasks = transaction.objectStore(TASKS);
      for (const id of remove) {
        entries.delete(id);
        tasks.delete(id);
      }
      const added: KeptRun[] = [];
      for (const { entry, full } of add) {
        const put = entries.add(entry);
        put.onsuccess = () => {
          const id = put.result as number;
          added.push({ ...entry, id });
          tasks.put(full, id);
        };
      }
      await finished(transaction);
      return added;
    },
    async clear() {
      const transaction = db.transaction([ENTRIES, TASKS], 'readwrite');
      transaction.objectStore(ENTRIES).clear();
      transaction.objectStore(TASKS).clear();
      await finished(transaction);
    },
  };
}
