// Test fixtures: stand-ins for Web Workers (an API served over a real MessageChannel, in this
// thread), and a small pi job to run on them.
import { expose } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { computeApi } from '../../../workers/computeApi';
import type { WorkerLike } from '../workerPool';
import type { Job } from '../job';
import { timed } from '../../clock';
import { piChunk, type PiChunkResult } from '../../kernels/pi';

export class FakeWorker extends EventTarget implements WorkerLike {
  terminated = false;
  private readonly ports: MessagePort[];

  /** `outlivesTerminate`: keeps answering after terminate(), so only the scheduler can stop calls. */
  constructor(
    api: object,
    private readonly outlivesTerminate = false,
  ) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.ports = [port1, port2];
    expose(api, port1 as unknown as Parameters<typeof expose>[1]);
    port2.on('message', (data) => this.dispatchEvent(Object.assign(new Event('message'), { data })));
  }

  postMessage(message: unknown): void {
    if (!this.terminated || this.outlivesTerminate) this.ports[1].postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    if (!this.outlivesTerminate) this.close();
  }

  close(): void {
    for (const port of this.ports) port.close();
  }

  /** What a worker does on an uncaught error: an `error` event on the Worker object. */
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

/** Makes fake workers serving `api` and keeps them, so a test can inspect and close them. */
export function fakeWorkerFactory(api: object = computeApi, outlivesTerminate = false) {
  const made: FakeWorker[] = [];
  const create = () => {
    const fake = new FakeWorker(api, outlivesTerminate);
    made.push(fake);
    return fake;
  };
  return { create, made, closeAll: () => made.splice(0).forEach((fake) => fake.close()) };
}

/** `chunks` pi chunks of `samples` darts, seed 1, chunk i starting at stream i. */
export function piJob(chunks: number, samples: number): Job<{ firstStream: number; samples: number }, PiChunkResult> {
  return {
    chunks: Array.from({ length: chunks }, (_, i) => ({ firstStream: i, samples })),
    itemsOf: (c) => c.samples,
    onWorker: (remote, c) => remote.piChunk({ seed: 1, ...c }),
    onThisThread: (c) => timed(piChunk)({ seed: 1, ...c }),
  };
}
