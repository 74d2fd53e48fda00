import { describe, expect, it } from 'vitest';
import { laneName, laneNoun, modeOptions } from './lanes';

describe('what a run’s lanes are called', () => {
  it('workers in workers mode, threads under a simulated GIL and on the main thread', () => {
    expect([laneNoun('workers'), laneNoun('threads'), laneNoun('mainThread')]).toEqual(['worker', 'thread', 'thread']);
    expect(laneNoun('workers', 4)).toBe('workers');
    expect(laneNoun('threads', 1)).toBe('thread');
    expect([laneName('workers', 0), laneName('threads', 2), laneName('mainThread', 0)]).toEqual(['worker 1', 'thread 3', 'main']);
  });

  it('offers the modes a lab has, in its order, each under one label', () => {
    const options = modeOptions(['threads', 'workers']);
    expect(options.map((o) => o.value)).toEqual(['threads', 'workers']);
    expect(new Set(options.map((o) => o.label)).size).toBe(2);
  });
});
