// The IPC cost meter: N integers from the page to a worker and back, by each way in turn, each
// measurement a run of its own on a fresh worker. The page times it, from the first integer sent
// to the last one back, and checks that they all came back (their sum).
import { transfer, type Remote } from 'comlink';
import { epochNow, type Timed } from '../../clock';
import { createSharedQueue, SharedQueue } from '../../kernels/sharedQueue';
import { nextTask } from '../../nextTask';
import type { Job } from '../../pool/job';
import { captureEnvironment } from '../../platform';
import type { TaskRunner } from '../../runs/live';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { newSeries, runSeries, type Series } from '../../runs/series';
import type { QueuesApi } from '../../../workers/queuesApi';
import type { IpcMethod, IpcParams, IpcRefusal } from './ipcParams';
import { SLICE_MS } from './parent';
import { createQueuesWorker } from './worker';
import { ipcRunSeconds } from './estimate';

export interface IpcStep {
  method: IpcMethod;
  n: number;
}

export interface IpcResult {
  /** The integers came back, all of them (their sum is right), in every round. */
  complete: boolean;
  /** Rounds timed; the event's interval is the fastest one's. */
  rounds: number;
}

/** How far the measurement is (0 to 1), for the status line. */
export interface IpcProgress {
  share: number;
}

export type IpcRecord = RunRecord<IpcStep, IpcResult, IpcProgress>;

export interface IpcPoint extends IpcStep {
  ms: number;
  microsPerInteger: number;
  /** Integers delivered per second, 8 bytes each (a double), counted once. */
  megabytesPerSecond: number;
  complete: boolean;
  rounds: number;
}

export type IpcTask = Series<IpcStep, IpcRecord, IpcPoint> & { refused: IpcRefusal[] };

/** Integers sent in the untimed round before each measurement (warming up both ends). */
const WARM_UP_INTEGERS: Record<IpcMethod, number> = { messages: 2_000, array: 1_000, comlink: 200, transfer: 1_000, ring: 2_000 };
const RING_SLOTS = 4096;
/** Rounds that take less than this (estimated) are timed ROUNDS_WHEN_SHORT times. */
const SHORT_ROUND_SECONDS = 0.5;
export const ROUNDS_WHEN_SHORT = 3;
const SENDS_PER_CLOCK_READ = 64;

const expectedSum = (n: number) => (n * (n - 1)) / 2;

/** One way of sending, between the page and one worker. */
function ipcLink(method: IpcMethod, progress: IpcProgress) {
  let port: MessagePort | null = null;
  const rings = method === 'ring' ? { out: createSharedQueue(RING_SLOTS), back: createSharedQueue(RING_SLOTS) } : null;
  let closed = false;

  /** The integers 0 .. n-1, made before the clock starts: as an array for the array message. */
  const integers = (n: number) => {
    const source = Float64Array.from({ length: n }, (_, i) => i);
    return { source, plain: method === 'array' ? Array.from(source) : null };
  };

  /** Integers back so far in this round: the status line's progress. */
  let onBack: (count: number) => void = () => {};

  /** Sends the integers and resolves with the sum of what came back. */
  async function roundTrip(remote: Remote<QueuesApi>, { source, plain }: ReturnType<typeof integers>): Promise<number> {
    const n = source.length;
    if (method === 'comlink') {
      let sum = 0;
      for (let i = 0; i < n && !closed; i++) {
        sum += await remote.echo(source[i]);
        onBack(i + 1);
      }
      return sum;
    }
    if (rings) return ringRoundTrip(remote, source);
    const link = port!;
    return new Promise<number>((resolve) => {
      let sum = 0;
      let received = 0;
      link.onmessage = ({ data }: MessageEvent<number | number[] | ArrayBuffer>) => {
        if (typeof data === 'number') {
          sum += data;
          onBack(++received);
          if (received === n) resolve(sum);
        } else {
          const values = data instanceof ArrayBuffer ? new Float64Array(data) : data;
          for (let i = 0; i < values.length; i++) sum += values[i];
          resolve(sum);
        }
      };
      if (method === 'array') link.postMessage(plain);
      else if (method === 'transfer') link.postMessage(source.buffer, [source.buffer]);
      else void sendEach(link, source);
    });
  }

  async function sendEach(link: MessagePort, source: Float64Array) {
    for (let next = 0; next < source.length && !closed;) {
      const sliceEnd = performance.now() + SLICE_MS;
      do for (let k = 0; k < SENDS_PER_CLOCK_READ && next < source.length; k++) link.postMessage(source[next++]);
      while (next < source.length && performance.now() < sliceEnd);
      await nextTask();
    }
  }

  async function ringRoundTrip(remote: Remote<QueuesApi>, source: Float64Array): Promise<number> {
    const out = new SharedQueue(rings!.out);
    const back = new SharedQueue(rings!.back);
    const echoed = remote.echoRing(rings!.out, rings!.back, source.length);
    let next = 0;
    let received = 0;
    let sum = 0;
    while (received < source.length && !closed) {
      const sliceEnd = performance.now() + SLICE_MS;
      let moved = 0;
      do {
        moved = 0;
        while (next < source.length && moved < 256 && out.tryPut(source[next])) (next++, moved++);
        for (let value = back.tryTake(); value === value; value = back.tryTake()) ((sum += value), received++, moved++);
      } while (moved > 0 && performance.now() < sliceEnd);
      onBack(received);
      if (received === source.length) break;
      // Out full, nothing back yet: sleep until half a queue (or all that is left) has come back.
      if (moved > 0) await nextTask();
      else await back.whenChanged('items', 5, Math.max(1, Math.min(RING_SLOTS / 2, next - received)));
    }
    await echoed;
    return sum;
  }

  return {
    async connect(remote: Remote<QueuesApi>) {
      if (method !== 'comlink' && !rings) {
        const channel = new MessageChannel();
        port = channel.port1;
        await remote.connect(transfer(channel.port2, [channel.port2]));
        await remote.listenForEcho();
      }
      await roundTrip(remote, integers(WARM_UP_INTEGERS[method]));
    },
    /** The fastest of a few rounds when a round is short (one moment of a busy machine says little), else one. */
    async measure(remote: Remote<QueuesApi>, n: number): Promise<Timed<IpcResult>> {
      const rounds = ipcRunSeconds(method, n) < SHORT_ROUND_SECONDS ? ROUNDS_WHEN_SHORT : 1;
      let fastest: Timed<IpcResult> | null = null;
      let complete = true;
      for (let round = 0; round < rounds && !closed; round++) {
        onBack = (count) => void (progress.share = (round + count / n) / rounds);
        const sent = integers(n);
        const startEpochMs = epochNow();
        const sum = await roundTrip(remote, sent);
        const endEpochMs = epochNow();
        complete &&= sum === expectedSum(n);
        if (!fastest || endEpochMs - startEpochMs < fastest.endEpochMs - fastest.startEpochMs)
          fastest = { result: { complete, rounds }, startEpochMs, endEpochMs };
      }
      return { ...fastest!, result: { complete, rounds } };
    },
    close() {
      closed = true;
      port?.close();
      if (rings) for (const buffers of [rings.out, rings.back]) new SharedQueue(buffers).stop();
    },
  };
}

export function prepareIpcRun(step: IpcStep): { record: IpcRecord; job: Job<IpcStep, IpcResult, QueuesApi> } {
  const progress = { share: 0 };
  const link = ipcLink(step.method, progress);
  const job: Job<IpcStep, IpcResult, QueuesApi> = {
    chunks: [step],
    itemsOf: (s) => s.n,
    worker: createQueuesWorker,
    warmUp: (remote) => link.connect(remote),
    onWorker: (remote, s) => link.measure(remote, s.n),
    onEnd: () => link.close(),
  };
  const setup = {
    experiment: 'queues',
    settings: step,
    mode: 'workers' as const,
    workers: 1,
    strategy: 'static' as const,
    environment: captureEnvironment(),
    instruments: progress,
  };
  return { record: newRunRecord(setup, job), job };
}

export function newIpcTask(params: IpcParams): { task: IpcTask; run: TaskRunner<IpcTask> } {
  const task: IpcTask = { ...newSeries<IpcStep, IpcRecord, IpcPoint>('ipc', params.steps), refused: params.refused };
  const toPoint = (step: IpcStep, record: IpcRecord): IpcPoint => {
    const event = record.events[0];
    const ms = event ? event.endMs - event.startMs : NaN;
    return {
      ...step,
      ms,
      microsPerInteger: (ms * 1000) / step.n,
      megabytesPerSecond: (step.n * 8) / 1e6 / (ms / 1000),
      complete: event?.result.complete ?? false,
      rounds: event?.result.rounds ?? 0,
    };
  };
  return { task, run: (state, context) => runSeries(state, { prepare: prepareIpcRun, toPoint }, context) };
}
