import { describe, expect, it } from 'vitest';
import { runToCsv, runToJson, runToTrace } from './exportRun';
import type { RunRecord } from './record';

const record: RunRecord<{ samples: number }, { inside: number; points: number[] }> = {
  id: 1,
  experiment: 'pi', params: { samples: 20 }, mode: 'workers', workers: 2, strategy: 'dynamic', chunkCount: 2, totalItems: 20,
  environment: { userAgent: 'test', logicalCores: 2, crossOriginIsolated: true, startedAt: '2026-01-01T00:00:00.000Z' },
  status: 'done', error: null, spawnMs: 60, warmUpMs: 12, runStartEpochMs: 1000, wallMs: 12, itemsDone: 20, inFlight: [null, null],
  page: { longTasks: 0, longestTaskMs: 0, frames: 1, framesPerSecond: 60 }, gil: null,
  events: [
    { chunk: 1, worker: 1, items: 10, startMs: 0.5, endMs: 10.25, result: { inside: 8, points: [1, 2] } },
    { chunk: 0, worker: 0, items: 10, startMs: 0.25, endMs: 11, result: { inside: 7, points: [3, 4] } },
  ],
};
const fields = (r: { inside: number }) => ({ inside: r.inside });

describe('run exports', () => {
  it('JSON keeps settings, environment and every event with plain result fields', () => {
    const parsed = JSON.parse(runToJson(record, fields));
    expect(parsed.params).toEqual({ samples: 20 });
    expect(parsed.environment.logicalCores).toBe(2);
    expect(parsed.events).toEqual([
      { chunk: 1, worker: 1, items: 10, startMs: 0.5, endMs: 10.25, result: { inside: 8 } },
      { chunk: 0, worker: 0, items: 10, startMs: 0.25, endMs: 11, result: { inside: 7 } },
    ]);
  });

  it('CSV has one row per chunk with workers numbered from 1', () => {
    expect(runToCsv(record, fields)).toBe('chunk,worker,items,startMs,endMs,inside\n1,2,10,0.500,10.250,8\n0,1,10,0.250,11.000,7\n');
  });

  it('the trace has a named lane per worker and a complete event per chunk, in microseconds', () => {
    const trace = JSON.parse(runToTrace(record, fields));
    expect(trace.traceEvents.filter((e: { ph: string }) => e.ph === 'M').map((e: { args: { name: string } }) => e.args.name)).toEqual(['worker 1', 'worker 2']);
    expect(trace.traceEvents.find((e: { name: string }) => e.name === 'chunk 0')).toMatchObject({ ph: 'X', tid: 1, ts: 250, dur: 10750 });
  });
});
