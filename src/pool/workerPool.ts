import { wrap, releaseProxy, type Remote } from 'comlink';
import type { ComputeApi } from '../../workers/computeApi';
import { abortError } from './types';
import { epochNow } from './timed';

export type ComputeRemote = Remote<ComputeApi>;

export interface WorkerPool {
  remotes: ComputeRemote[];
  /** From the first `new Worker` until every worker answered: excluded from run timings. */
  spawnMs: number;
  /** Rejects when any worker reports an uncaught error (a failed load, a crash). */
  failure: Promise<never>;
  terminate(): void;
}

function createComputeWorker(index: number): Worker {
  return new Worker(new URL('../../workers/compute.worker.ts', import.meta.url), {
    type: 'module',
    name: `compute-${index + 1}`,
  });
}

/** Starts `size` module workers and waits until each one answers. */
export async function spawnWorkerPool(size: number, signal?: AbortSignal): Promise<WorkerPool> {
  if (signal?.aborted) throw abortError();
  const started = epochNow();
  const workers: Worker[] = [];
  const remotes: ComputeRemote[] = [];
  let rejectFailure: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => (rejectFailure = reject));
  failure.catch(() => {}); // observed by whoever races it; never an unhandled rejection

  const terminate = () => {
    for (const remote of remotes) remote[releaseProxy]();
    for (const worker of workers) worker.terminate();
    workers.length = 0;
    remotes.length = 0;
  };

  for (let i = 0; i < size; i++) {
    const worker = createComputeWorker(i);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      rejectFailure(new Error(`Worker ${i + 1} failed: ${event.message || 'its script could not be loaded'}.`));
    });
    workers.push(worker);
    remotes.push(wrap<ComputeApi>(worker));
  }

  const onAbort = () => rejectFailure(abortError() as unknown as Error);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.race([Promise.all(remotes.map((remote) => remote.ping())), failure]);
  } catch (error) {
    terminate();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return { remotes: [...remotes], spawnMs: epochNow() - started, failure, terminate };
}
