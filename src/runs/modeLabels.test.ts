import { describe, expect, it } from 'vitest';
import { laneName, laneNoun, MODE_LABELS } from './modeLabels';

describe('what a run’s lanes are called', () => {
  it('workers in workers mode, threads under a simulated GIL and on the main thread', () => {
    expect([laneNoun('workers'), laneNoun('threads'), laneNoun('mainThread')]).toEqual(['worker', 'thread', 'thread']);
    expect(laneNoun('workers', 4)).toBe('workers');
    expect(laneNoun('threads', 1)).toBe('thread');
    expect([laneName('workers', 0), laneName('threads', 2), laneName('mainThread', 0)]).toEqual(['worker 1', 'thread 3', 'main']);
    expect(MODE_LABELS.threads).toBe('Threads (simulated GIL)');
  });
});
