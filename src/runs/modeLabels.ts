import type { RunMode } from './record';

/** Where a run computes, as the Mode fields and the Results name it. */
export const MODE_LABELS: Record<RunMode, string> = {
  workers: 'Workers (processes)',
  threads: 'Threads (simulated GIL)',
  mainThread: 'Main thread (blocks the page)',
};

export function modeOptions<M extends RunMode>(modes: readonly M[]): { value: M; label: string }[] {
  return modes.map((value) => ({ value, label: MODE_LABELS[value] }));
}
