// A Node worker thread for the shared-memory kernels' tests: it runs one job per message (a
// queue's producer or consumer, or a lost-update counter), blocking as a browser worker does.
import { parentPort } from 'node:worker_threads';
import { countUp, startLine, type CountingMethod } from '../counting';
import { SharedQueue, type SharedQueueBuffers } from '../sharedQueue';

export type ThreadJob =
  | { kind: 'produce'; queue: SharedQueueBuffers; values: number[] }
  | { kind: 'consume'; queue: SharedQueueBuffers; pill: number }
  | { kind: 'count'; words: SharedArrayBuffer; method: CountingMethod; increments: number; workers: number };

const port = parentPort;
if (!port) throw new Error('sharedMemoryThread.worker runs in a worker thread');

port.on('message', (job: ThreadJob) => {
  if (job.kind === 'produce') {
    const queue = new SharedQueue(job.queue);
    for (const value of job.values) if (!queue.put(value)) break;
    port.postMessage({ done: true });
  } else if (job.kind === 'consume') {
    // Takes until its pill; sends back what it took.
    const queue = new SharedQueue(job.queue);
    const taken: number[] = [];
    for (let value = queue.take(); value === value && value !== job.pill; value = queue.take()) taken.push(value);
    port.postMessage({ taken });
  } else {
    const words = new Int32Array(job.words);
    port.postMessage(startLine(words, job.workers) ? countUp(words, job.method, job.increments) : { increments: 0, stopped: true });
  }
});
