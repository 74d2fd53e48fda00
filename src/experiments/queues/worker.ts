// The queues lab's own worker script (see workers/queuesApi.ts).
import type { WorkerLike } from '../../pool/workerPool';

export function createQueuesWorker(index: number): WorkerLike {
  return new Worker(new URL('../../../workers/queues.worker.ts', import.meta.url), { type: 'module', name: `queues-${index + 1}` });
}
