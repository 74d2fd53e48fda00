import { describe, expect, it } from 'vitest';
import type { KeptRun } from '../kept/runStore';
import { taskExport, workerSweep } from '../testing/exports';
import { classGroups } from './classTable';
import { gilRatios, speedupCurve } from './overlays';

describe('speedupCurve', () => {
  it('gives the speed-up against one worker, the Amdahl fit up to the machine’s cores, and the speed-up at W = cores', () => {
    const curve = speedupCurve(workerSweep({ 1: 1000, 2: 550, 4: 325, 8: 330 }, { cores: 4 }))!;
    expect(curve.measured.map((p) => [p.x, Number(p.y.toFixed(3))])).toEqual([
      [1, 1],
      [2, 1.818],
      [4, 3.077],
      [8, 3.03],
    ]);
    expect(curve.serialShare).toBeCloseTo(0.1, 1);
    expect(curve.atCores).toBeCloseTo(1000 / 325);
    // Past the cores the fit stays flat: only 4 workers run at once.
    expect(curve.fit.at(-1)!.y).toBeCloseTo(curve.fit[3].y);
    expect(curve.fit).toHaveLength(8);
  });

  it('is null without a one-worker point', () => {
    expect(speedupCurve(workerSweep({ 2: 500, 4: 300 }))).toBeNull();
  });
});

describe('gilRatios', () => {
  it('reads a comparison’s ratios and names its settings', () => {
    const task = taskExport({
      experiment: 'gil',
      kind: 'gil',
      summary: { ratio: 1.05, ratioToProcesses: 2.1, mode: 'new', workers: 2, workload: 'cpu', gilFreeShare: 0.9 },
    });
    expect(gilRatios(task)).toEqual({ oneThread: 1.05, processes: 2.1, settings: 'New GIL, 2 threads, CPU-bound, 90 % GIL-free' });
    expect(gilRatios(taskExport({ experiment: 'gil', kind: 'gil' }))).toBeNull();
  });
});

describe('classGroups', () => {
  const kept = (id: number, file: string | null, cores: number, walls: Record<number, number>): KeptRun => ({
    id,
    file,
    keptAt: '2026-12-03T10:00:00.000Z',
    size: 1,
    fingerprint: String(id),
    task: workerSweep(walls, { cores, startedAt: `2026-12-03T10:00:0${id}.000Z` }),
  });

  it('groups imported worker sweeps by core count, with each machine’s speed-up at W = cores and the group’s median', () => {
    const groups = classGroups([
      kept(1, 'a.json', 4, { 1: 1000, 4: 280 }),
      kept(2, null, 4, { 1: 1000, 4: 250 }),
      kept(3, 'b.json', 2, { 1: 1000, 2: 520 }),
      kept(4, 'c.json', 4, { 1: 1000, 4: 320 }),
      kept(5, 'd.json', 8, { 1: 1000, 2: 500 }),
    ]);
    expect(groups.map((g) => [g.cores, g.rows.map((r) => r.run.file)])).toEqual([
      [2, ['b.json']],
      [4, ['a.json', 'c.json']],
      [8, ['d.json']],
    ]);
    expect(groups[1].rows.map((r) => r.speedup)).toEqual([1000 / 280, 1000 / 320]);
    expect(groups[1].median).toBeCloseTo((1000 / 280 + 1000 / 320) / 2);
    // A sweep that did not reach the machine's cores has no speed-up at W = cores.
    expect(groups[2]).toMatchObject({ median: null, rows: [{ speedup: null, workerCounts: [1, 2] }] });
  });
});
