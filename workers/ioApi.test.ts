import { describe, expect, it } from 'vitest';
import { piChunk } from '../src/kernels/pi';
import { cpuWork, createIoApi, waitAtLeast, type ServerConfig } from './ioApi';

const config = (changes: Partial<ServerConfig> = {}): ServerConfig => ({
  latencyMs: 20,
  jitterMs: 0,
  seed: 1,
  capacity: Infinity,
  cpuDartsPerItem: 0,
  ...changes,
});
// The server never answers before its latency has passed on its clock (waitAtLeast), so bounds
// hold exactly; a sum of several epoch-ms differences (about 1.7e12 each) may round by this much.
const ROUNDING_MS = 0.001;

describe('waitAtLeast', () => {
  it('waits again for what is left when its timer fires before the time has passed on the clock', async () => {
    // A clock that moves 3 ms a reading, whatever the timers did: each timer "fires early".
    let now = 0;
    const readings: number[] = [];
    const clock = () => {
      readings.push(now);
      return (now += 3);
    };
    await waitAtLeast(10, clock);
    // Started at 3, then 6, 9, 12 (9 ms: not yet), 15 (12 ms): four timers.
    expect(readings).toEqual([0, 3, 6, 9, 12]);
  });

  it('does not wait for nothing', async () => {
    let readings = 0;
    await waitAtLeast(0, () => readings++);
    expect(readings).toBe(1);
  });
});

describe('the simulated server', () => {
  it('answers a request no sooner than its latency after serving it', async () => {
    const server = createIoApi();
    server.configure(config());
    const served = await server.request(0, 1);
    expect(served.arrivedEpochMs).toBeLessThanOrEqual(served.servedEpochMs);
    expect(served.answeredEpochMs - served.servedEpochMs).toBeGreaterThanOrEqual(20);
    expect(served).toMatchObject({ latencyMs: 20, serverCpuMs: 0 });
  });

  it('without a capacity, serves every request at once', async () => {
    const server = createIoApi();
    server.configure(config());
    const all = await Promise.all([0, 1, 2, 3, 4].map((id) => server.request(id, 1)));
    expect(Math.max(...all.map((r) => r.servedEpochMs))).toBeLessThan(Math.min(...all.map((r) => r.answeredEpochMs)));
  });

  it('at capacity, queues the rest first come first served: never more served at once than its capacity', async () => {
    const server = createIoApi();
    server.configure(config({ capacity: 2 }));
    const all = await Promise.all([0, 1, 2, 3, 4].map((id) => server.request(id, 1)));
    const served = all.map((r) => r.servedEpochMs);
    expect([...served].sort((a, b) => a - b)).toEqual(served);
    // Request 2 waits for a place: it is served once one of the first two was answered.
    expect(served[2]).toBeGreaterThanOrEqual(Math.min(all[0].answeredEpochMs, all[1].answeredEpochMs));
    for (const request of all) {
      const overlapping = all.filter((other) => other.servedEpochMs <= request.servedEpochMs && other.answeredEpochMs > request.servedEpochMs);
      expect(overlapping.length).toBeLessThanOrEqual(2);
    }
    // Five requests, two at a time: three rounds of 20 ms.
    expect(Math.max(...all.map((r) => r.answeredEpochMs)) - all[0].arrivedEpochMs).toBeGreaterThanOrEqual(60 - ROUNDING_MS);
  });

  it('draws each request’s latency with jitter, and does its CPU work per item before waiting', async () => {
    const server = createIoApi();
    server.configure(config({ latencyMs: 10, jitterMs: 5, cpuDartsPerItem: 4096 }));
    const [a, b] = await Promise.all([server.request(0, 1), server.request(1, 3)]);
    for (const r of [a, b]) {
      expect(r.latencyMs).toBeGreaterThanOrEqual(5);
      expect(r.latencyMs).toBeLessThanOrEqual(15);
      expect(r.serverCpuMs).toBeGreaterThan(0);
      expect(r.answeredEpochMs - r.servedEpochMs).toBeGreaterThanOrEqual(r.latencyMs + r.serverCpuMs - ROUNDING_MS);
    }
    expect(a.latencyMs).not.toBe(b.latencyMs);
  });

  it('starts afresh when configured again', async () => {
    const server = createIoApi();
    server.configure(config({ capacity: 1, latencyMs: 1000 }));
    void server.request(0, 1);
    void server.request(1, 1);
    server.configure(config({ capacity: 1 }));
    const served = await server.request(2, 1);
    expect(served.servedEpochMs - served.arrivedEpochMs).toBeLessThan(500);
  });
});

describe('cpuWork', () => {
  it('throws the darts the kernel throws, in pieces', async () => {
    const { result, startEpochMs, endEpochMs } = await cpuWork(100_000, 5);
    const direct = piChunk({ seed: 8192, firstStream: 5, samples: 100_000 });
    expect(result).toEqual({ darts: 100_000, inside: direct.inside });
    expect(endEpochMs).toBeGreaterThanOrEqual(startEpochMs);
  });

  it('ends with an AbortError once it is told to stop', async () => {
    let pieces = 0;
    const stopping = cpuWork(1_000_000, 0, () => ++pieces > 3);
    await expect(stopping).rejects.toMatchObject({ name: 'AbortError' });
    expect(pieces).toBe(4);
  });
});
