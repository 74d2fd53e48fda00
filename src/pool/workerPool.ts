import { wrap, releaseProxy, type Remote } from 'comlink';
import type { ComputeApi } from '../../workers/computeApi';
import { abortable, abortError } from './types';
import { epochNow } from '../clock';

export type ComputeRemote = Remote<ComputeApi>;

export interface WorkerPool<A = ComputeApi> {
  remotes: Remote<A>[];
  /** From the first `new Worker` until every worker answered: excluded from run timings. */
  spawnMs: number;
  /** Rejects when any worker reports an uncaught error (a failed load, a crash). */
  failure: Promise<never>;
  terminate(): void;
}

/** What the pool needs of a worker: tests pass fakes built on a MessageChannel. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'>;

export type WorkerFactory = (index: number) => WorkerLike;

export function createComputeWorker(index: number): WorkerLike {
  return new Worker(new URL('../../workers/compute.worker.ts', import.meta.url), {
    type: 'module',
    name: `compute-${index + 1}`,
  });
}

/** Starts `size` workers and waits until each one answers; on any failure none is left running. */
export async function spawnWorkerPool<A = ComputeApi>(
  size: number,
  signal?: AbortSignal,
  createWorker: WorkerFactory = createComputeWorker,
): Promise<WorkerPool<A>> {
  if (signal?.aborted) throw abortError();
  const started = epochNow();
  const workers: WorkerLike[] = [];
  const remotes: Remote<A>[] = [];
  let rejectFailure: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => (rejectFailure = reject));
  failure.catch(() => {}); // observed by whoever races it; never an unhandled rejection

  const terminate = () => {
    for (const remote of remotes) remote[releaseProxy]();
    for (const worker of workers) worker.terminate();
    workers.length = 0;
    remotes.length = 0;
  };

  try {
    for (let i = 0; i < size; i++) {
      const worker = createWorker(i);
      worker.addEventListener('error', (event) => {
        (event as ErrorEvent).preventDefault();
        rejectFailure(new Error(`Worker ${i + 1} failed: ${(event as ErrorEvent).message || 'its script could not be loaded'}.`));
      });
      workers.push(worker);
      remotes.push(wrap<A>(worker as Worker));
    }
    // Every worker exposes ping(): it answers once its script has loaded.
    await abortable(Promise.race([Promise.all(remotes.map((remote) => (remote as unknown as Remote<{ ping(): true }>).ping())), failure]), signal);
  } catch (error) {
    terminate();
    throw error;
  }
  return { remotes: [...remotes], spawnMs: epochNow() - started, failure, terminate };
}
