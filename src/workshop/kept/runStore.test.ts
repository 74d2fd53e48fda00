import { describe, expect, it } from 'vitest';
import { importRuns } from '../compare/importRuns';
import { taskExport, workerSweep } from '../testing/exports';
import { memoryBackend } from './memoryBackend';
import { fingerprintOf, oldestToDrop, RunStore } from './runStore';

/** A task started at second `n`: distinct for every n. */
const started = (n: number) => taskExport({ startedAt: new Date(Date.UTC(2026, 11, 3, 10, 0, n)).toISOString() });
const here = (n: number) => ({ task: started(n), file: null });
const store = (limits = { runs: 5, size: 1e9 }) => new RunStore(memoryBackend(), true, limits);

describe('the kept runs', () => {
  it('keep a task with its machine and time, and list it without its chunk events', async () => {
    const runs = store();
    const outcome = await runs.keep([here(1)]);
    expect(outcome).toMatchObject({ duplicates: 0, dropped: 0 });
    const [kept] = await runs.list();
    expect(kept).toMatchObject({ file: null, task: { environment: { logicalCores: 4, startedAt: '2026-12-03T10:00:01.000Z' } } });
    expect(kept.task.runs[0].events).toEqual([]);
    expect((await runs.load(kept.id))?.runs[0].events).toHaveLength(2);
  });

  it('hold at most the limit of runs, dropping the oldest first', async () => {
    const runs = store();
    for (let n = 1; n <= 7; n++) await runs.keep([here(n)]);
    const kept = await runs.list();
    expect(kept).toHaveLength(5);
    expect(kept.map((run) => run.task.environment.startedAt.slice(-6, -5))).toEqual(['3', '4', '5', '6', '7']);
    // A batch larger than the limit keeps its newest.
    const batch = await runs.keep([8, 9, 10, 11, 12, 13].map(here));
    expect(batch).toMatchObject({ dropped: 5, leftOut: [fingerprintOf(started(8))] });
    expect((await runs.list()).map((run) => run.task.environment.startedAt.slice(-7, -5))).toEqual(['09', '10', '11', '12', '13']);
  });

  it('hold at most the limit of size, dropping the oldest first, and never keep a task larger than it', async () => {
    const size = JSON.stringify(started(1)).length;
    const runs = store({ runs: 100, size: 2.5 * size });
    for (let n = 1; n <= 3; n++) await runs.keep([here(n)]);
    expect((await runs.list()).map((run) => run.task.environment.startedAt.slice(-6, -5))).toEqual(['2', '3']);
    const huge = taskExport({ startedAt: '2026-12-03T11:00:00.000Z', summary: { note: 'x'.repeat(3 * size) } });
    expect(await runs.keep([{ task: huge, file: 'huge.json' }])).toMatchObject({ kept: [], dropped: 0, leftOut: [fingerprintOf(huge)] });
    expect(await runs.list()).toHaveLength(2);
  });

  it('keep one copy of a task: run here and imported back, or imported twice', async () => {
    const runs = store();
    await runs.keep([here(1)]);
    expect(await runs.keep([{ task: started(1), file: 'mine.json' }])).toMatchObject({ kept: [], duplicates: 1 });
    expect(
      await runs.keep([
        { task: started(2), file: 'a.json' },
        { task: started(2), file: 'b.json' },
      ]),
    ).toMatchObject({ duplicates: 1 });
    expect(await runs.list()).toHaveLength(2);
  });

  it('are cleared all at once', async () => {
    const runs = store();
    await runs.keep([here(1), here(2)]);
    await runs.clear();
    expect(await runs.list()).toEqual([]);
  });

  it('are left as they were when a file is refused', async () => {
    const runs = store();
    await runs.keep([here(1), here(2)]);
    const before = await runs.list();
    const files = [
      { name: 'foreign.json', size: 10, text: async () => '{"hello": 1}' },
      { name: 'cut.json', size: 10, text: async () => '{"schemaVersion": 1, "app": "Parallel' },
      { name: 'sweep.json', size: 10, text: async () => JSON.stringify(workerSweep({ 1: 100, 4: 30 })) },
    ];
    const messages = await importRuns(runs, files, (task) => `${task.experiment} ${task.kind}`);
    expect(messages.map((m) => [m.file, m.refused])).toEqual([
      ['foreign.json', true],
      ['cut.json', true],
      ['sweep.json', false],
    ]);
    expect(messages[2].text).toBe('sweep.json: imported: pi workers.');
    const after = await runs.list();
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toMatchObject({ file: 'sweep.json' });
    expect((await importRuns(runs, [files[2]], () => ''))[0].text).toBe('sweep.json: already kept.');
  });
});

describe('oldestToDrop', () => {
  it('drops the oldest until the incoming runs fit, by count and by size', () => {
    const kept = [
      { id: 1, size: 10 },
      { id: 2, size: 10 },
      { id: 3, size: 10 },
    ];
    expect(oldestToDrop(kept, [{ size: 10 }], { runs: 4, size: 100 })).toEqual([]);
    expect(oldestToDrop(kept, [{ size: 10 }, { size: 10 }], { runs: 4, size: 100 })).toEqual([1]);
    expect(oldestToDrop(kept, [{ size: 25 }], { runs: 10, size: 40 })).toEqual([1, 2]);
  });
});

describe('fingerprintOf', () => {
  it('tells tasks apart by lab, kind, machine, start and wall times, not by export time', () => {
    const task = started(1);
    expect(fingerprintOf({ ...task, exportedAt: '2027-01-01T00:00:00.000Z' })).toBe(fingerprintOf(task));
    expect(fingerprintOf({ ...task, kind: 'workers' })).not.toBe(fingerprintOf(task));
    expect(fingerprintOf(started(2))).not.toBe(fingerprintOf(task));
  });
});
