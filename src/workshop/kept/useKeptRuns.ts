// The kept runs as a view shows them: loaded from the store, and loaded again after each change.
import { useCallback, useEffect, useState } from 'react';
import { keptRuns } from './keptRuns';
import type { KeptRun, RunStore } from './runStore';

export interface KeptRuns {
  /** Oldest first; null while loading. */
  runs: KeptRun[] | null;
  /** Whether they outlive the page (IndexedDB), or only last while it is open. */
  persistent: boolean;
  /** Runs `change` on the store, then lists the runs again. */
  update<T>(change: (store: RunStore) => Promise<T>): Promise<T>;
}

export function useKeptRuns(): KeptRuns {
  const [runs, setRuns] = useState<KeptRun[] | null>(null);
  const [persistent, setPersistent] = useState(true);

  const update = useCallback(async <T>(change: (store: RunStore) => Promise<T>) => {
    const store = await keptRuns();
    try {
      return await change(store);
    } finally {
      setPersistent(store.persistent);
      setRuns(await store.list());
    }
  }, []);

  useEffect(() => {
    void update(async () => undefined);
  }, [update]);

  return { runs, persistent, update };
}
