// The bench's reference page: the same job as an app run (its chunks, seeds, kernel and warm-up,
// built by the app's own job functions from the run's exported settings) on plain module
// workers, with plain postMessage and the app's chunk queue, and nothing else on the page. The
// bench calls window.bench.run() and window.bench.roundTrip() through the DevTools protocol.
import { epochNow, type Timed } from '../../../src/clock';
import { prepareGilRun } from '../../../src/experiments/gil/job';
import type { GilParams } from '../../../src/experiments/gil/params';
import { makePiJob, type PiRunSettings } from '../../../src/experiments/pi/job';
import { makePrimeJob, type PrimeRunSettings } from '../../../src/experiments/primes/job';
import { gilTotals, handoffGaps } from '../../../src/gil/readStats';
import type { Job } from '../../../src/pool/job';
import { createChunkSource } from '../../../src/pool/chunkSource';
import type { Strategy } from '../../../src/pool/types';
import type { ComputeRemote } from '../../../src/pool/workerPool';
import type { Call, Reply } from './protocol';

export type ReferenceSpec =
  | { experiment: 'pi'; settings: PiRunSettings; workers: number; strategy: Strategy }
  | { experiment: 'primes'; settings: PrimeRunSettings; workers: number; strategy: Strategy };

export interface ReferenceRun {
  spawnMs: number;
  warmUpMs: number;
  /** From the first chunk handed out to the last chunk's end, on the workers' clock. */
  wallMs: number;
  chunks: number;
  totalItems: number;
  /** pi: samples and inside; primes: checked and primes. */
  result: Record<string, number>;
}

export interface GilThreadsRun {
  wallMs: number;
  handoffs: number;
  /** Share of the wall time some thread held the lock. */
  lockHeldShare: number;
  /** How long the lock stood free at each hand-off, ms (src/gil/readStats.ts). */
  handoffGapsMs: number[];
}

export interface RoundTrips {
  /** Each round's time in µs: a notify, a wake-up, a notify back and a wake-up. */
  roundTripsUs: number[];
}

class ReferenceWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;

  constructor(index: number) {
    this.worker = new Worker(new URL('./reference.worker.ts', import.meta.url), { type: 'module', name: `reference-${index + 1}` });
    this.worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const call = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) call?.reject(new Error(reply.error));
      else call?.resolve(reply.value);
    });
    this.worker.addEventListener('error', (event) => {
      for (const call of this.pending.values()) call.reject(new Error(`reference worker ${index + 1} failed: ${event.message}`));
      this.pending.clear();
    });
  }

  call<T>(message: Call, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  /** The calls an app job makes of a worker, as plain messages. */
  get remote(): ComputeRemote {
    type Args<C extends Call['call']> = Omit<Extract<Call, { call: C }>, 'call'>;
    const api = {
      piChunk: (input: Args<'piChunk'>['input']) => this.call({ call: 'piChunk', input }),
      primeChunk: (input: Args<'primeChunk'>['input']) => this.call({ call: 'primeChunk', input }),
      gilThread: (buffers: Args<'gilThread'>['buffers'], plan: Args<'gilThread'>['plan'], settings: Args<'gilThread'>['settings']) =>
        this.call({ call: 'gilThread', buffers, plan, settings }),
      gilWarmUp: (seed: number) => this.call({ call: 'gilWarmUp', seed }),
    };
    return api as unknown as ComputeRemote;
  }

  terminate(): void {
    this.worker.terminate();
  }
}

/** The timed region's ends, marked as the app marks them (see src/runs/executeRun.ts). */
function mark(name: 'pp:run-start' | 'pp:run-end', epochMs: number): void {
  performance.mark(name, { startTime: epochMs - performance.timeOrigin });
}

async function spawn(count: number): Promise<ReferenceWorker[]> {
  const workers = Array.from({ length: count }, (_, index) => new ReferenceWorker(index));
  try {
    await Promise.all(workers.map((worker) => worker.call({ call: 'ping' })));
  } catch (error) {
    for (const worker of workers) worker.terminate();
    throw error;
  }
  return workers;
}

async function runJob<C, R>(job: Job<C, R>, workerCount: number, strategy: Strategy, tally: (results: R[]) => Record<string, number>): Promise<ReferenceRun> {
  const spawnStart = epochNow();
  const workers = await spawn(workerCount);
  try {
    const warmUpStart = epochNow();
    await Promise.all(workers.map((worker, index) => job.warmUp?.(worker.remote, index)));
    const runStartEpochMs = epochNow();
    job.onStart?.(runStartEpochMs);
    mark('pp:run-start', runStartEpochMs);
    const source = createChunkSource(strategy, job.chunks.length, workerCount);
    const done: Timed<R>[] = [];
    await Promise.all(
      workers.map(async (worker, index) => {
        for (let chunk = source.next(index); chunk !== undefined; chunk = source.next(index))
          done.push(await job.onWorker(worker.remote, job.chunks[chunk], index));
      }),
    );
    const wallMs = Math.max(...done.map((timed) => timed.endEpochMs)) - runStartEpochMs;
    mark('pp:run-end', runStartEpochMs + wallMs);
    return {
      spawnMs: warmUpStart - spawnStart,
      warmUpMs: runStartEpochMs - warmUpStart,
      wallMs,
      chunks: job.chunks.length,
      totalItems: job.chunks.reduce((total, chunk) => total + job.itemsOf(chunk), 0),
      result: tally(done.map((timed) => timed.result)),
    };
  } finally {
    job.onEnd?.();
    for (const worker of workers) worker.terminate();
  }
}

const sum = <T>(items: T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);

function run(spec: ReferenceSpec): Promise<ReferenceRun> {
  if (spec.experiment === 'pi') {
    const job = makePiJob(spec.settings, spec.settings.seed);
    return runJob(job, spec.workers, spec.strategy, (results) => ({ samples: sum(results, (r) => r.samples), inside: sum(results, (r) => r.inside) }));
  }
  const job = makePrimeJob(spec.settings, spec.settings.shuffleSeed ?? 0);
  return runJob(job, spec.workers, spec.strategy, (results) => ({ checked: sum(results, (r) => r.checked), primes: sum(results, (r) => r.primes) }));
}

/**
 * The GIL lab's threads run (the threads under the chosen policy), as the lab prepares it, on
 * this page's workers: the simulated GIL with nothing else on the page.
 */
async function gilThreads(params: GilParams, seed: number): Promise<GilThreadsRun> {
  const { job, record } = prepareGilRun(params, seed, { phase: 'threads', repeat: 1 });
  const { buffers } = record.instruments.gil;
  const { wallMs } = await runJob(job, record.workers, record.strategy, () => ({}));
  const totals = gilTotals(buffers, wallMs);
  return { wallMs, handoffs: totals.handoffs, lockHeldShare: totals.runningMs / wallMs, handoffGapsMs: handoffGaps(buffers) };
}

/** Two workers pass a turn back and forth through Atomics.wait and Atomics.notify. */
async function roundTrip(rounds: number, waitTimeoutMs: number): Promise<RoundTrips> {
  const workers = await spawn(2);
  try {
    const buffer = new SharedArrayBuffer(4);
    const [roundTripsUs] = await Promise.all(
      (['ping', 'pong'] as const).map((role, index) => workers[index].call<number[]>({ call: 'pingPong', role, buffer, rounds, waitTimeoutMs })),
    );
    return { roundTripsUs };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

export interface ReferenceApi {
  run: typeof run;
  gilThreads: typeof gilThreads;
  roundTrip: typeof roundTrip;
}

(window as unknown as { bench: ReferenceApi }).bench = { run, gilThreads, roundTrip };
