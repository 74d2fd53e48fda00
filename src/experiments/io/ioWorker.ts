import type { WorkerLike } from '../../pool/workerPool';

/** Starts one of the lab's workers: worker 0 is the simulated server, the others do CPU work. */
export function startIoWorker(index: number): WorkerLike {
  return new Worker(new URL('../../../workers/io.worker.ts', import.meta.url), { type: 'module', name: index === 0 ? 'io-server' : `io-cpu-${index}` });
}
