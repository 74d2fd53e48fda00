import { describe, expect, it } from 'vitest';
import { FLAG_BYTES, flagViews } from '../../../workers/queues/protocol';
import type { ShareOutcome } from '../../../workers/queuesApi';
import { earlyExitPoint, earlyExitSteps, type EarlyExitRecord } from './earlyExitJob';
import { earlyExitLesson } from './earlyExitLesson';

const outcome = (changes: Partial<ShareOutcome>): ShareOutcome => ({
  factor: null,
  divisions: 0,
  stopped: false,
  setFlag: false,
  sawFlag: false,
  costRatios: [],
  ...changes,
});

/** A finished run of two workers: worker 1 found the factor at 40 ms, worker 2 stopped 2 ms later at 1,000 divisions a ms. */
function searchRecord(): EarlyExitRecord {
  const flag = new SharedArrayBuffer(FLAG_BYTES);
  flagViews(flag).foundAt[0] = 1_040;
  const event = (chunk: number, endMs: number, result: ShareOutcome) => ({ chunk, worker: chunk, items: 1, startMs: 0, endMs, result });
  return {
    runStartEpochMs: 1_000,
    wallMs: 42,
    instruments: { flag },
    events: [
      event(1, 42, outcome({ divisions: 42_000, stopped: true, sawFlag: true })),
      event(0, 40, outcome({ factor: 7, divisions: 30_000, setFlag: true })),
    ],
  } as unknown as EarlyExitRecord;
}

describe('an early-exit run’s figures', () => {
  it('measure the baseline first, then each interval’s search and its checks’ cost', () => {
    expect(earlyExitSteps([1, 1_000]).map((s) => `${s.variant} ${s.checkEvery}`)).toEqual([
      'baseline 1048576',
      'search 1',
      'checkCost 1',
      'search 1000',
      'checkCost 1000',
    ]);
  });

  it('bound the divisions after the factor by the time since it was found and by the check interval', () => {
    const rare = earlyExitPoint({ variant: 'search', checkEvery: 100_000 }, searchRecord());
    expect(rare).toMatchObject({ answerMs: 40, factor: 7, divisions: 72_000, wastedDivisions: 2_000 });
    expect(rare.workers.map((w) => w.outcome)).toEqual(['found the factor', 'stopped by the flag']);
    const often = earlyExitPoint({ variant: 'search', checkEvery: 10 }, searchRecord());
    expect(often.wastedDivisions).toBe(10);
  });

  it('say how much work the flag saved, and what looking at it cost', () => {
    const search = earlyExitPoint({ variant: 'search', checkEvery: 10 }, searchRecord());
    const baseline = { ...search, variant: 'baseline' as const, checkEvery: 1 << 20, divisions: 144_000, wallMs: 80, answerMs: null, factor: 7 };
    const cost = { ...search, variant: 'checkCost' as const, checkCost: 0.25 };
    const lesson = earlyExitLesson([baseline, search, cost]);
    expect(lesson).toMatch(/after 72,000 trial divisions in all, against 144,000 \(80 ms\) with no flag\. Early exit saved 50 % of the work/);
    expect(lesson).toMatch(/the others did at most 10 checking every 10 divisions/);
    expect(lesson).toMatch(/Looking at the flag costs \+25 % checking every 10, against not looking: checking every 10 costs the most time\./);
  });
});
