import { describe, expect, it } from 'vitest';
import { factorBins, shareAtMost } from './factorBins';
import { laneRows, newQueueLive, recordSummary, sentBy, takenSoFar } from './queueLive';
import { queueLesson } from './queueLesson';
import type { WayPoint } from './queueTasks';

const summary = (at: number, taken: number, computeMs: number, activeMs: number) => ({ at, taken, primes: 1, computeMs, activeMs, pill: false });

describe('a queue run’s live figures', () => {
  it('read what the page had sent by a moment from its log', () => {
    const lane = {
      sentLog: [
        { at: 10, sent: 64 },
        { at: 20, sent: 128 },
        { at: 30, sent: 130 },
      ],
    };
    expect([5, 10, 15, 25, 99].map((at) => sentBy(lane, at))).toEqual([0, 64, 64, 128, 130]);
  });

  it('give each worker’s rate between its last two summaries, its time split per number, and its queue’s depth', () => {
    const live = newQueueLive('message', 2, 1_000);
    live.runStartEpochMs = 1_000;
    live.lanes[0].sentLog.push({ at: 1_050, sent: 300 });
    recordSummary(live, 0, summary(1_100, 100, 1, 5), true);
    recordSummary(live, 0, summary(1_200, 250, 2, 10), true);
    const [row, idle] = laneRows(live, 1_300);
    expect(row).toMatchObject({ sentRate: 600, taken: 250, rate: 1_500, computeMicros: 8, communicateMicros: 32 });
    expect(idle).toMatchObject({ taken: 0, rate: null, computeMicros: null });
    expect(live.depth).toEqual([
      { atMs: 100, lane: 0, depth: 200 },
      { atMs: 200, lane: 0, depth: 50 },
    ]);
    expect(takenSoFar(live)).toBe(250);
  });

  it('take no depth from a worker of the shared ring (the page reads that queue itself)', () => {
    const live = newQueueLive('ring', 1, 10);
    live.runStartEpochMs = 0;
    recordSummary(live, 0, summary(5, 1, 0, 1), false);
    expect(live.depth).toEqual([]);
  });
});

describe('what the Result and the histogram say', () => {
  const point = (way: WayPoint['way'], wallMs: number): WayPoint => ({
    way,
    workers: way === 'none' ? 1 : 2,
    wallMs,
    primes: 5,
    primeSum: 9,
    pillsSent: 2,
    finishedFlags: 2,
  });

  it('state each way’s ratio to no queue, and who won', () => {
    const settings = { numbers: 1_000, skipEven: false, batchSize: 100 };
    const lost = queueLesson([point('none', 100), point('message', 1_500), point('batch', 120)], settings);
    expect(lost).toMatch(/^No queue took 100 ms on one worker; on 2 workers, one message per number 1.50 s \(15×\), batches of 100 120 ms \(1.2×\)\./);
    expect(lost).toMatch(/one worker with no queue beats every queue/);
    const won = queueLesson([point('none', 100), point('message', 1_500), point('ring', 60)], settings);
    expect(won).toMatch(/Here shared memory ring beat no queue.*One message per number still loses\./);
    expect(queueLesson([point('message', 1)], settings)).toBeNull();
  });

  it('bins smallest factors into single small primes, then ranges, as shares', () => {
    const counts = new Float64Array(1_000);
    counts[2] = 6;
    counts[3] = 2;
    counts[101] = 2;
    const histogram = { counts, composites: 10, primes: 4 };
    expect(factorBins(histogram)).toEqual([
      { label: '2', value: 0.6 },
      { label: '3', value: 0.2 },
      { label: '37–97', value: 0 },
      { label: '101–997', value: 0.2 },
    ]);
    expect(shareAtMost(histogram, 7)).toBeCloseTo(0.8);
  });
});
