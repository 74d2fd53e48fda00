import { expose, transfer, wrap, type Remote } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { COUNTER, COUNTER_WORDS } from '../src/kernels/counting';
import { factorShares } from '../src/kernels/earlyExit';
import { checkPrimeChunk } from '../src/kernels/primes';
import { createSharedQueue, SharedQueue } from '../src/kernels/sharedQueue';
import { createQueuesApi, type QueuesApi } from './queuesApi';
import { FINISHED, FINISHED_FLAG, FLAG_BYTES, FLAG_STATE, flagViews, POISON_PILL, type ConsumerMessage } from './queues/protocol';

const openPorts: MessagePort[] = [];
afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

/** A fresh worker API behind a real message channel, and a raw port connected to it. */
async function connect(): Promise<{ api: Remote<QueuesApi>; port: MessagePort; received: ConsumerMessage[] }> {
  const control = new MessageChannel();
  const data = new MessageChannel();
  openPorts.push(control.port1, control.port2, data.port1, data.port2);
  expose(createQueuesApi(), control.port1 as unknown as Parameters<typeof expose>[1]);
  const api = wrap<QueuesApi>(control.port2 as unknown as Parameters<typeof wrap>[0]);
  await api.connect(transfer(data.port2, [data.port2 as unknown as Transferable]) as unknown as globalThis.MessagePort);
  const received: ConsumerMessage[] = [];
  data.port1.on('message', (message: ConsumerMessage) => received.push(message));
  return { api, port: data.port1, received };
}

const numbers = Array.from({ length: 300 }, (_, i) => 100_000_000 + i);
const expectedPrimes = numbers.filter((n) => checkPrimeChunk({ numbers: { list: Float64Array.of(n) } }).primes === 1);

describe('a queue consumer', () => {
  it('checks numbers sent one per message, sends each prime back, and stops on its pill with a finished flag', async () => {
    const { api, port, received } = await connect();
    const consumed = api.consume('message', 0);
    for (const n of numbers) port.postMessage(n);
    port.postMessage(POISON_PILL);
    const { result, startEpochMs, endEpochMs } = await consumed;
    expect(result).toMatchObject({ taken: 300, primes: expectedPrimes.length, pill: true });
    expect(result.computeMs).toBeLessThanOrEqual(result.activeMs);
    expect(endEpochMs).toBeGreaterThanOrEqual(startEpochMs);
    await expect.poll(() => received.at(-1)).toBe(FINISHED_FLAG);
    expect(received.filter((m) => typeof m === 'number')).toEqual(expectedPrimes);
  });

  it('answers a batch with one message of its primes', async () => {
    const { api, port, received } = await connect();
    const consumed = api.consume('batch', 0);
    port.postMessage(Float64Array.from(numbers.slice(0, 150)));
    port.postMessage(Float64Array.from(numbers.slice(150)));
    port.postMessage(POISON_PILL);
    expect((await consumed).result.taken).toBe(300);
    await expect.poll(() => received.at(-1)).toBe(FINISHED_FLAG);
    const batches = received.filter((m): m is Float64Array => m instanceof Float64Array);
    expect(batches.flatMap((b) => [...b])).toEqual(expectedPrimes);
  });

  it('takes from a shared queue until its pill and puts primes, then FINISHED, on the result queue', async () => {
    const { api } = await connect();
    const work = createSharedQueue(512);
    const results = createSharedQueue(512);
    await api.attachQueues(work, results);
    const queue = new SharedQueue(work);
    for (const n of [...numbers, POISON_PILL]) queue.tryPut(n);
    const { result } = await api.consume('ring', 2);
    expect(result).toMatchObject({ taken: 300, primes: expectedPrimes.length, pill: true });
    const out = new SharedQueue(results);
    const taken: number[] = [];
    for (let v = out.tryTake(); v === v; v = out.tryTake()) taken.push(v);
    expect(taken).toEqual([...expectedPrimes, FINISHED - 2]); // worker 3's finished flag
  });

  it('with no queue, checks every number itself and adds up the primes', async () => {
    const { api } = await connect();
    const { result } = await api.checkAll({ from: 100_000_000, to: 100_000_300, step: 1 });
    expect(result).toEqual({ checked: 300, primes: expectedPrimes.length, primeSum: expectedPrimes.reduce((a, b) => a + b, 0) });
  });
});

describe('the IPC meter’s far end', () => {
  it('echoes numbers, arrays and transferred buffers on the port, and calls', async () => {
    const { api, port, received } = await connect();
    await api.listenForEcho();
    port.postMessage(7);
    port.postMessage([1, 2, 3]);
    const buffer = Float64Array.of(4, 5).buffer;
    port.postMessage(buffer, [buffer]);
    await expect.poll(() => received.length).toBe(3);
    expect(received[0]).toBe(7);
    expect(received[1]).toEqual([1, 2, 3]);
    expect([...new Float64Array(received[2] as unknown as ArrayBuffer)]).toEqual([4, 5]);
    expect(await api.echo(42)).toBe(42);
  });

  it('echoes a shared queue into another', async () => {
    const { api } = await connect();
    const out = createSharedQueue(64);
    const back = createSharedQueue(64);
    for (let i = 0; i < 50; i++) new SharedQueue(out).tryPut(i);
    expect(await api.echoRing(out, back, 50)).toBe(50);
    expect(new SharedQueue(back).depth()).toBe(50);
  });
});

describe('early exit and lost updates on a worker', () => {
  it('a share that finds the factor sets the flag; a share that sees it stops', async () => {
    const { api } = await connect();
    const n = 2 ** 53 - 1; // 6,361 × 69,431 × 20,394,401
    const flag = new SharedArrayBuffer(FLAG_BYTES);
    const [first, second] = factorShares(n, 2);
    const found = await api.searchShare(flag, { ...first, n, checkEvery: 100 }, true);
    expect(found.result).toMatchObject({ factor: 6_361, setFlag: true, sawFlag: false });
    expect(flagViews(flag).foundAt[0]).toBe(found.endEpochMs);
    const stopped = await api.searchShare(flag, { ...second, n, checkEvery: 100 }, true);
    expect(stopped.result).toMatchObject({ factor: null, divisions: 100, stopped: true, sawFlag: true });
    expect(Atomics.load(flagViews(flag).state, 0)).toBe(FLAG_STATE.FOUND);
  });

  it('counts up on a shared counter', async () => {
    const { api } = await connect();
    const words = new SharedArrayBuffer(COUNTER_WORDS * 4);
    const { result } = await api.countUp(words, 'atomic', 1000, 1);
    expect(result).toEqual({ increments: 1000, stopped: false });
    expect(new Int32Array(words)[COUNTER.VALUE]).toBe(1000);
  });

  it('draws the histogram in pieces', async () => {
    const { api } = await connect();
    const { result } = await api.factorHistogram({ from: 2, to: 100_000, maxFactor: 316 });
    expect(result.primes).toBe(9_592);
    expect(result.counts[2]).toBe(49_998); // 4, 6, ..., 99,998
  });
});
