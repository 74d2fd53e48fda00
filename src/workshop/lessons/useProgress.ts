// The lessons' progress as React state, written to the browser on every change and read again
// when another tab changes it.
import { useCallback, useEffect, useState } from 'react';
import { PROGRESS_STORAGE_KEY, readProgress, writeProgress, type Progress, type StepProgress } from './progress';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export interface ProgressState {
  progress: Progress;
  /** Changes one step's record (null: forgets it). */
  setStep(key: string, change: (step: StepProgress | undefined) => StepProgress | null): void;
  clear(): void;
}

export function useProgress(): ProgressState {
  const [progress, setProgress] = useState<Progress>(() => readProgress(storage() ?? { getItem: () => null }));

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_STORAGE_KEY || event.key === null) setProgress(readProgress(storage() ?? { getItem: () => null }));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const save = useCallback((next: Progress) => {
    try {
      const store = storage();
      if (store) writeProgress(store, next);
    } catch {
      // Storage full or refused: the progress lasts as long as the page.
    }
  }, []);

  const setStep = useCallback(
    (key: string, change: (step: StepProgress | undefined) => StepProgress | null) =>
      setProgress((current) => {
        const { [key]: old, ...rest } = current;
        const changed = change(old);
        const next = changed ? { ...rest, [key]: changed } : rest;
        save(next);
        return next;
      }),
    [save],
  );

  const clear = useCallback(() => {
    save({});
    setProgress({});
  }, [save]);

  return { progress, setStep, clear };
}
