import { describe, expect, it } from 'vitest';
import type { Fields } from '../../../runs/exportFormat';
import { exportedRun, taskExport } from '../../testing/exports';
import { checkCostPercent, divisionsAfterFactor, timeOverNoQueue, workSavedPercent } from './queuesMeasures';

// Shaped as the queues lab exports them (src/experiments/queues/export.ts).

const wayPoint = (way: string, workers: number, wallMs: number): Fields => ({
  way,
  workers,
  wallMs,
  primes: 1_082,
  primeSum: 0,
  pillsSent: 0,
  finishedFlags: 0,
});

function queueRun(points: Fields[], skipEven = false) {
  const runs = points.map((p) => exportedRun({ workers: p.workers as number, wallMs: p.wallMs as number, summary: { way: p.way, numbers: 20_000, skipEven } }));
  return taskExport({ experiment: 'queues', kind: 'run', points, runs });
}

const earlyExitPoint = (variant: string, changes: Fields): Fields => ({
  variant,
  checkEvery: 1_000,
  checkCost: null,
  blocks: 0,
  wallMs: 400,
  answerMs: null,
  factor: null,
  divisions: 40_000_000,
  wastedDivisions: 0,
  ...changes,
});

const verify = (...points: Fields[]) => taskExport({ experiment: 'queues', kind: 'verify', points });

describe('the queue lesson’s measurement', () => {
  it('is a queue’s time over no queue’s, with both times and worker counts', () => {
    const task = queueRun([wayPoint('none', 1, 50), wayPoint('message', 2, 1_250)]);
    expect(timeOverNoQueue('message')(task)).toEqual({ value: 25, detail: 'no queue (1 worker): 50 ms, one message per number (2 workers): 1.25 s' });
  });

  it('says when only the odd numbers were sent', () => {
    const task = queueRun([wayPoint('none', 1, 40), wayPoint('batch', 2, 30)], true);
    expect(timeOverNoQueue('batch')(task)).toEqual({ value: 0.75, detail: 'no queue (1 worker): 40 ms, batches (2 workers): 30 ms, odd numbers only' });
  });

  it('is null without the way asked for, without no queue, or for another kind of task', () => {
    const task = queueRun([wayPoint('none', 1, 50), wayPoint('message', 2, 1_250)]);
    expect(timeOverNoQueue('ring')(task)).toBeNull();
    expect(timeOverNoQueue('message')(queueRun([wayPoint('message', 2, 1_250)]))).toBeNull();
    expect(timeOverNoQueue('message')({ ...task, kind: 'queueSweep' })).toBeNull();
    expect(timeOverNoQueue('message')({ ...task, status: 'stopped' })).toBeNull();
  });
});

describe('the early-exit lesson’s measurements', () => {
  const found = verify(
    earlyExitPoint('baseline', { checkEvery: 1_048_576, factor: 34_000_009 }),
    earlyExitPoint('search', { divisions: 30_000_000, wallMs: 300, factor: 34_000_009, answerMs: 290.4, wastedDivisions: 96_800 }),
    earlyExitPoint('checkCost', { checkCost: 0.25, blocks: 22 }),
  );

  it('is the share of the divisions the flag saved, with both counts and times', () => {
    expect(workSavedPercent(found)).toEqual({
      value: 25,
      detail: 'the factor 34,000,009 found; 30,000,000 trial divisions with the flag (300 ms), 40,000,000 with no flag (400 ms)',
    });
    const prime = verify(earlyExitPoint('baseline', {}), earlyExitPoint('search', {}));
    expect(workSavedPercent(prime)).toEqual({
      value: 0,
      detail: 'no factor found; 40,000,000 trial divisions with the flag (400 ms), 40,000,000 with no flag (400 ms)',
    });
  });

  it('is the divisions done after the factor was found, with when it was found and when all stopped', () => {
    expect(divisionsAfterFactor(found)).toEqual({
      value: 96_800,
      detail:
        'at most one interval per worker, from its pace between the factor and its stop; checking the flag every 1,000 divisions, the factor 34,000,009 found after 290 ms, every worker stopped by 300 ms',
    });
    // No factor, nothing done after it.
    expect(divisionsAfterFactor(verify(earlyExitPoint('baseline', {}), earlyExitPoint('search', {})))).toBeNull();
  });

  it('is what looking at the flag cost, in %', () => {
    expect(checkCostPercent(found)).toEqual({
      value: 25,
      detail: 'looking every 1,000 divisions, the median of 22 blocks of divisions timed looking and not looking',
    });
    const everyDivision = verify(
      earlyExitPoint('baseline', {}),
      earlyExitPoint('search', {}),
      earlyExitPoint('checkCost', { checkEvery: 1, checkCost: -0.015625, blocks: 1 }),
    );
    expect(checkCostPercent(everyDivision)).toEqual({
      value: -1.5625,
      detail: 'looking every 1 division, the median of 1 block of divisions timed looking and not looking',
    });
    // Stopped before a block was timed: nothing measured.
    expect(checkCostPercent(verify(earlyExitPoint('baseline', {}), earlyExitPoint('search', {}), earlyExitPoint('checkCost', {})))).toBeNull();
  });

  it('is null for a comparison of intervals or a queue run', () => {
    expect(workSavedPercent({ ...found, kind: 'intervals' })).toBeNull();
    expect(checkCostPercent(queueRun([wayPoint('none', 1, 50)]))).toBeNull();
  });
});
