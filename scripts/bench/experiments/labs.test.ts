// The io and queues experiments state some of their lab's settings themselves (Node 20 cannot
// import the app's TypeScript): here they are checked against the labs' own.
import { describe, expect, it } from 'vitest';
import { BOOK_DATABASE as LAB_BOOK_DATABASE, DATABASE_SCALE as LAB_DATABASE_SCALE, presetPlan } from '../../../src/experiments/io/plans';
import { CHECK_INTERVALS as LAB_CHECK_INTERVALS } from '../../../src/experiments/queues/form';
import { VERIFY_PRESETS } from '../../../src/experiments/queues/earlyExitParams';
import { IPC_LABELS, IPC_METHODS, validateIpc } from '../../../src/experiments/queues/ipcParams';
import { defaultQueuesForm } from '../../../src/experiments/queues/form';
import { BOOK_DATABASE, DATABASE_SCALE, databaseCases } from './io.mjs';
import { CHECK_INTERVALS, EARLY_EXIT_NUMBERS } from './queueEarlyExit.mjs';
import { IPC_PATHS, IPC_SIZES, IPC_UP_TO } from './queueIpc.mjs';

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

describe('the queues experiment', () => {
  it('names the IPC meter’s paths and sizes as the lab does', () => {
    expect(Object.keys(IPC_PATHS)).toEqual(IPC_METHODS);
    expect(IPC_PATHS).toEqual(IPC_LABELS);
    expect(validateIpc({ ...defaultQueuesForm(2), ipcUpTo: String(IPC_UP_TO) }, context).value?.sizes).toEqual(IPC_SIZES);
  });

  it('verifies two of the lab’s numbers at its check intervals', () => {
    expect(CHECK_INTERVALS).toEqual(LAB_CHECK_INTERVALS.map(Number));
    const presets = VERIFY_PRESETS.map((preset) => preset.value);
    for (const { n } of EARLY_EXIT_NUMBERS) expect(presets).toContain(n);
  });
});
