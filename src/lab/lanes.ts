// What a run's lanes and modes are called, everywhere a lab names them.
import type { RunMode } from '../runs/record';

/** Where a run computes, as the Mode fields and the Results name it. */
export const MODE_LABELS: Record<RunMode, string> = {
  workers: 'Workers (processes)',
  threads: 'Threads (simulated GIL)',
  mainThread: 'Main thread (blocks the page)',
};

/** The modes a lab offers, in its order, each with its label and its word in a link. */
export function modeOptions<M extends RunMode>(modes: readonly M[]): { value: M; label: string; link?: string }[] {
  // Links have said mode=main since the first version.
  return modes.map((value) => ({ value, label: MODE_LABELS[value], ...(value === 'mainThread' ? { link: 'main' } : {}) }));
}

/** What one lane of a run is: a worker (process), a simulated thread, or the page's own thread. */
export function laneNoun(mode: RunMode, count = 1): string {
  const noun = mode === 'workers' ? 'worker' : 'thread';
  return count === 1 ? noun : `${noun}s`;
}

/** A lane's name in charts and tables: "worker 2", "thread 2", or "main". */
export function laneName(mode: RunMode, lane: number): string {
  return mode === 'mainThread' ? 'main' : `${laneNoun(mode)} ${lane + 1}`;
}
