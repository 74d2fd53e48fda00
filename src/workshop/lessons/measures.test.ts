import { describe, expect, it } from 'vitest';
import type { Fields } from '../../runs/exportFormat';
import { exportedRun, taskExport, workerSweep } from '../testing/exports';
import { findLesson } from './catalogue';
import { checkPrediction, formatValue } from './predictions';

const step = (lesson: string, number: number) => findLesson(lesson)!.steps[number - 1];

describe('a step’s measurement', () => {
  it('is the speed-up at W = cores, from a worker sweep', () => {
    const measured = step('pi-processes', 1).measure(workerSweep({ 1: 1000, 2: 520, 4: 260 }, { cores: 4 }));
    expect(measured).toEqual({ value: 1000 / 260, detail: '1 worker: 1.00 s, 4 workers: 260 ms' });
  });

  it('is null for a task of another kind or lab, or one that did not measure what the step asks', () => {
    const speedup = step('pi-processes', 1);
    expect(speedup.measure(taskExport({ kind: 'run' }))).toBeNull();
    expect(speedup.measure(workerSweep({ 1: 1000, 2: 520 }, { experiment: 'primes' }))).toBeNull();
    expect(speedup.measure(workerSweep({ 1: 1000, 2: 520 }, { cores: 4 }))).toBeNull();
  });

  it('supports a choice: twice the cores about as fast as the cores', () => {
    const measured = step('pi-processes', 2).measure(workerSweep({ 1: 1000, 4: 260, 8: 270 }, { cores: 4 }));
    expect(measured).toMatchObject({ choice: 'same', value: 260 / 270 });
    expect(step('pi-processes', 2).measure(workerSweep({ 1: 1000, 4: 260, 8: 400 }, { cores: 4 }))).toMatchObject({ choice: 'slower' });
  });

  it('counts the independent darts of a same-seed run: one worker’s', () => {
    const run = exportedRun({
      settings: { sameSeed: true },
      workers: 2,
      events: [0, 1, 0, 1].map((worker, chunk) => ({ chunk, worker, items: 250, startMs: 0, endMs: 1, result: {} })),
    });
    expect(step('pi-processes', 3).measure(taskExport({ runs: [run] }))).toMatchObject({ value: 500 });
    expect(step('pi-processes', 3).measure(taskExport({ runs: [{ ...run, settings: { sameSeed: false } }] }))).toBeNull();
  });

  it('reads chunk sizes and the default from a chunk-size sweep', () => {
    const points = [1, 2, 4, 313].map((x) => ({ label: `chunk size ${x}`, x, isDefault: x === 313, wallMs: 2000 / Math.min(x, 8) }));
    const sweep = taskExport({ experiment: 'primes', kind: 'chunkSize', points });
    expect(step('chunk-size', 1).measure(sweep)?.value).toBe(2);
    expect(step('chunk-size', 2).measure(sweep)).toMatchObject({ value: 8, detail: 'chunk size 1: 2.00 s, chunk size 313 (the default): 250 ms' });
  });

  it('reads the GIL lab’s ratios from its summary', () => {
    const gil = taskExport({ experiment: 'gil', kind: 'gil', summary: { ratio: 1.9, ratioToProcesses: 3.1, wallMs: 190, baselineMs: 100, processesMs: 61 } });
    expect(step('gil', 2).measure(gil)?.value).toBe(1.9);
    expect(step('gil', 3).measure(gil)?.value).toBe(3.1);
    expect(step('gil-free', 2).measure(gil)?.value).toBeCloseTo(1 / 1.9);
  });

  it('reads each queue step’s way, each early-exit step’s figure and each waiting step’s client from the task its action runs', () => {
    const ways = ['none', 'message', 'batch', 'ring'].map((way, i) => ({ way, workers: i === 0 ? 1 : 2, wallMs: 100 * (i + 1) }));
    const queues = taskExport({ experiment: 'queues', kind: 'run', points: ways });
    expect([1, 2, 3, 4].map((n) => step('queues-cost', n).measure(queues)?.value)).toEqual([2, 2, 3, 4]);

    const search = { variant: 'search', checkEvery: 1_000, wallMs: 2, answerMs: 1, factor: 6_361, divisions: 4_000, wastedDivisions: 900 };
    const points: Fields[] = [{ variant: 'baseline', divisions: 8_000 }, search, { variant: 'checkCost', checkEvery: 1_000, checkCost: 0.5, blocks: 3 }];
    const verify = taskExport({ experiment: 'queues', kind: 'verify', points });
    expect([1, 2, 3, 4, 5].map((n) => step('early-exit', n).measure(verify)?.value)).toEqual([50, 50, 50, 50, 900]);
    expect(step('early-exit', 1).measure(queues)).toBeNull();

    const run = (client: string) =>
      taskExport({
        experiment: 'io',
        kind: 'run',
        runs: [exportedRun({ wallMs: 500, summary: { client, serialWaitMs: 2_000, waitingShare: 0.5, clientCpuBusyMs: 250 } })],
      });
    expect([1, 2, 3, 4].map((n) => step('waiting', n).measure(run(['serial', 'concurrent', 'batches', 'serial'][n - 1]))?.value)).toEqual([0.5, 0.5, 0.5, 50]);
    expect(step('waiting', 2).measure(run('serial'))).toBeNull();
    const database = taskExport({ experiment: 'io', kind: 'database', points: [{ wallMs: 1_000 }, { wallMs: 100 }], summary: { measuredRatio: 10 } });
    expect(step('waiting', 5).measure(database)?.value).toBe(10);
  });
});

describe('predictions', () => {
  it('take a number in the step’s unit, with or without its sign, or one of the choices', () => {
    const times = { kind: 'number', unit: '×' } as const;
    expect(checkPrediction('3.5', times)).toEqual({ ok: true, value: 3.5 });
    expect(checkPrediction('3.5×', times)).toEqual({ ok: true, value: 3.5 });
    expect(checkPrediction('1,000,000', { kind: 'number', unit: 'darts' })).toEqual({ ok: true, value: 1_000_000 });
    expect(checkPrediction('-2 %', { kind: 'number', unit: '%' })).toEqual({ ok: true, value: -2 });
    expect(checkPrediction('-2', times).ok).toBe(false);
    expect(checkPrediction('', times).ok).toBe(false);
    const choice = { kind: 'choice', options: [{ value: 'faster', label: 'Faster' }] } as const;
    expect(checkPrediction('faster', choice)).toEqual({ ok: true, value: 'faster' });
    expect(checkPrediction('', choice)).toMatchObject({ ok: false, error: 'Choose one of the answers.' });
  });

  it('are shown in the step’s unit', () => {
    expect(formatValue(1.934, { kind: 'number', unit: '×' })).toBe('1.93×');
    expect(formatValue(1.5, { kind: 'number', unit: '× the one-thread time' })).toBe('1.50× the one-thread time');
    expect(formatValue(12.345, { kind: 'number', unit: '%' })).toBe('12.3 %');
    expect(formatValue(1_000_000, { kind: 'number', unit: 'darts' })).toBe('1,000,000 darts');
    expect(formatValue('same', step('pi-processes', 2).prediction)).toBe('About as fast (within 10 %)');
  });
});
