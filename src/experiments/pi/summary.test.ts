import { describe, expect, it } from 'vitest';
import type { ChunkEvent } from '../../pool/types';
import type { PiChunkResult } from '../../kernels/pi';
import { PiSummary, tallyPi } from './summary';

const convergenceSeries = (events: ChunkEvent<PiChunkResult>[]) => new PiSummary(4, events.length).catchUp(events).convergence();

const event = (worker: number, samples: number, inside: number): ChunkEvent<PiChunkResult> => ({
  chunk: 0,
  worker,
  items: samples,
  startMs: 0,
  endMs: 1,
  result: { samples, inside, points: new Float32Array(0) },
});

describe('tallyPi', () => {
  it('adds chunks per worker and overall', () => {
    const tally = tallyPi([event(0, 1000, 790), event(1, 1000, 780), event(0, 2000, 1570)], 3);
    expect(tally.samples).toBe(4000);
    expect(tally.inside).toBe(3140);
    expect(tally.estimate).toBeCloseTo(3.14, 12);
    expect(tally.perWorker).toEqual([
      { worker: 0, samples: 3000, inside: 2360 },
      { worker: 1, samples: 1000, inside: 780 },
      { worker: 2, samples: 0, inside: 0 },
    ]);
  });
});

describe('convergenceSeries', () => {
  it('follows the running estimate with a band around pi that narrows as darts add up', () => {
    const series = convergenceSeries([event(0, 100, 80), event(1, 100, 76), event(0, 10_000, 7850)]);
    expect(series.map((p) => p.samples)).toEqual([100, 200, 10_200]);
    expect(series[1].estimate).toBeCloseTo(3.12, 12);
    const width = (p: (typeof series)[number]) => p.band[1] - p.band[0];
    expect(width(series[2])).toBeLessThan(width(series[0]));
  });

  it('keeps at most about 300 points, always including the last', () => {
    const events = Array.from({ length: 5000 }, (_, i) => event(i % 4, 1000, 785));
    const series = convergenceSeries(events);
    expect(series.length).toBeLessThanOrEqual(301);
    expect(series.at(-1)!.samples).toBe(5_000_000);
  });
});

describe('PiSummary', () => {
  it('gives the same totals fed all at once or event by event', () => {
    const events = Array.from({ length: 50 }, (_, i) => event(i % 3, 1000 + i, 780 + i));
    const incremental = new PiSummary(3, 50);
    for (let n = 1; n <= events.length; n++) incremental.catchUp(events.slice(0, n));
    expect(incremental.tally()).toEqual(tallyPi(events, 3));
    expect(incremental.convergence()).toEqual(new PiSummary(3, 50).catchUp(events).convergence());
  });
});
