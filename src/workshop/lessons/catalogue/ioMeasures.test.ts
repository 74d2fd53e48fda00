import { describe, expect, it } from 'vitest';
import type { Fields } from '../../../runs/exportFormat';
import { exportedRun, taskExport } from '../../testing/exports';
import { databaseSpeedUp, runSeconds, waitingPercent } from './ioMeasures';

// Shaped as the Waiting lab exports them (src/experiments/io/export.ts): a Run is a task of one
// run and no points; a preset has a point per run and the ratio in its summary.

function ioRun(wallMs: number, summary: Fields) {
  return taskExport({ experiment: 'io', kind: 'run', runs: [exportedRun({ workers: 1, wallMs, summary })] });
}

const serial = ioRun(2_050, {
  client: 'serial',
  clientLabel: 'One after another',
  serialWaitMs: 2_000,
  idealWaitMs: 2_000,
  waitingShare: 1,
  clientCpuBusyMs: 0,
});
const concurrent = ioRun(215, { client: 'concurrent', clientLabel: 'Concurrent, at most 10 in flight', serialWaitMs: 2_000, idealWaitMs: 200 });

describe('the waiting lesson’s measurements', () => {
  it('are a run’s time in seconds, beside N × latency and, overlapped or batched, the least its waits could take', () => {
    expect(runSeconds('serial')(serial)).toEqual({ value: 2.05, detail: 'One after another: 2.05 s; N × latency: 2.00 s' });
    expect(runSeconds('concurrent')(concurrent)).toEqual({
      value: 0.215,
      detail: 'Concurrent, at most 10 in flight: 215 ms; N × latency: 2.00 s, its waits at best 200 ms',
    });
  });

  it('are null for a run by another client, a run that did not finish, or a sweep', () => {
    expect(runSeconds('batches')(concurrent)).toBeNull();
    expect(runSeconds('serial')({ ...serial, runs: [{ ...serial.runs[0], status: 'stopped' }] })).toBeNull();
    expect(runSeconds('serial')({ ...serial, kind: 'inFlight' })).toBeNull();
  });

  it('read the share of a serial run spent only waiting', () => {
    const task = ioRun(1_000, { client: 'serial', clientLabel: 'One after another', serialWaitMs: 1_000, waitingShare: 0.875, clientCpuBusyMs: 125 });
    expect(waitingPercent(task)).toEqual({ value: 87.5, detail: '1.00 s in all, 125 ms of it the client’s own CPU work: 87.5 % waiting' });
    expect(waitingPercent(concurrent)).toBeNull();
  });

  it('read the database example’s ratio, with both times', () => {
    const points = [
      { label: 'One after another', x: 0, wallMs: 5_500, waitingShare: 0.875 },
      { label: 'Batches of 100', x: 1, wallMs: 440, waitingShare: 0.125 },
    ];
    const task = taskExport({ experiment: 'io', kind: 'database', points, summary: { measuredRatio: 12.5, bookRatio: 13.5, serialWaitingShare: 0.875 } });
    expect(databaseSpeedUp(task)).toEqual({ value: 12.5, detail: 'One after another: 5.50 s (87.5 % waiting), batches of 100: 440 ms' });
    expect(databaseSpeedUp({ ...task, summary: {} })).toBeNull();
    expect(databaseSpeedUp(serial)).toBeNull();
  });
});
