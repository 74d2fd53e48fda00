// The io experiment states some of its lab's settings itself (Node 20 cannot import the app's
// TypeScript): here they are checked against the lab's own.
import { describe, expect, it } from 'vitest';
import { BOOK_DATABASE as LAB_BOOK_DATABASE, DATABASE_SCALE as LAB_DATABASE_SCALE, presetPlan } from '../../../src/experiments/io/plans';
import { BOOK_DATABASE, DATABASE_SCALE, databaseCases } from './io.mjs';

const context = { cores: 2, canShareMemory: true, wasmSimd: true };

describe('the io experiment', () => {
  it('runs the database preset’s settings, by link', () => {
    expect(LAB_BOOK_DATABASE).toMatchObject(BOOK_DATABASE);
    expect(DATABASE_SCALE).toBe(LAB_DATABASE_SCALE);
    const steps = presetPlan('database', context).value!.steps;
    const links = databaseCases().map((c) => c.link);
    expect(links).toHaveLength(steps.length);
    steps.forEach(({ params }, i) => {
      const link = links[i];
      expect({
        requests: link.n,
        client: link.client,
        batchSize: link.client === 'batches' ? link.batch : 1,
        latencyMs: link.latency,
        jitterMs: link.jitter,
        capacity: link.capacity === '' ? null : Number(link.capacity),
        serverCpuMs: link.serverCpu,
        clientCpuMs: Number(link.cpu),
        cpuOn: link.cpuOn,
      }).toEqual({
        requests: params.requests,
        client: params.client,
        batchSize: params.batchSize,
        latencyMs: params.latencyMs,
        jitterMs: params.jitterMs,
        capacity: params.capacity,
        serverCpuMs: params.serverCpuMs,
        clientCpuMs: params.clientCpuMs,
        cpuOn: params.cpuOn,
      });
    });
  });
});
