// From validated settings to a job: each request (or batch) is a chunk, the requests in flight
// are the lanes, and every lane talks to the one simulated server, worker 0. CPU work per
// answer runs on the page, or on helper workers 1..W lent out one answer at a time.
import type { Remote } from 'comlink';
import { epochNow } from '../../clock';
import { randomSeed } from '../../kernels/rng';
import type { Job } from '../../pool/job';
import type { WorkerFactory } from '../../pool/workerPool';
import { captureEnvironment } from '../../platform';
import { newRunRecord, type RunRecord } from '../../runs/record';
import { cpuWork, type IoApi } from '../../../workers/ioApi';
import { dartsFor } from './cpuRate';
import { IdleQueue } from './idleQueue';
import { staggeredStart } from './pacing';
import { startIoWorker } from './ioWorker';
import type { IoParams } from './params';
import { newTabVisibility, watchVisibility, type TabVisibility, type VisibilitySource } from './visibility';

export interface RequestPlan {
  id: number;
  items: number;
  /** The first item's index: its CPU work throws darts from that stream on. */
  firstItem: number;
}

/** What happened to one request; every time in ms after the run started. */
export interface RequestResult {
  items: number;
  /** On the server's clock: the request arrived, got a place, was answered. */
  arrivedMs: number;
  servedMs: number;
  answeredMs: number;
  /** The latency drawn for it, and the server's CPU work for it. */
  latencyMs: number;
  serverCpuMs: number;
  /** On the page's clock: the answer arrived. */
  receivedMs: number;
  /** The client's CPU work for the answer, on the clock of the thread that did it (null: none). */
  cpuStartMs: number | null;
  cpuEndMs: number | null;
  /** The helper worker that did it (0-based), or null: the page. */
  cpuWorker: number | null;
}

/** A run's settings as run: the form's, plus what the run drew and measured before it started. */
export interface IoRunSettings extends IoParams {
  jitterSeed: number;
  /** This page's darts per ms (null: no CPU work asked for, none measured). */
  dartsPerMs: number | null;
  clientDartsPerItem: number;
  serverDartsPerItem: number;
}

export interface IoInstruments {
  visibility: TabVisibility;
}

export type IoRecord = RunRecord<IoRunSettings, RequestResult, IoInstruments>;

/** Darts each fresh worker throws before the timed region, so its JIT compiler is ready. */
const WARM_UP_DARTS = 1 << 17;
/** First requests sent in one task of the page at most (each costs it a message of a few dozen µs). */
const FIRST_SENDS_PER_TASK = 64;

/** `items` items, one request each, or cut into batches of `batchSize`. */
export function planRequests(items: number, batchSize: number): RequestPlan[] {
  return Array.from({ length: Math.ceil(items / batchSize) }, (_, id) => ({
    id,
    items: Math.min(batchSize, items - id * batchSize),
    firstItem: id * batchSize,
  }));
}

/** Helper workers a run starts for the client's CPU work: none when it runs on the page. */
export function helperCount(settings: Pick<IoRunSettings, 'cpuOn' | 'cpuWorkers' | 'inFlight' | 'clientDartsPerItem'>): number {
  return settings.cpuOn === 'workers' && settings.clientDartsPerItem > 0 ? Math.min(settings.cpuWorkers, settings.inFlight) : 0;
}

/** Where workers come from, and whose visibility is watched (tests pass stand-ins). */
export interface IoJobOptions {
  startWorker?: WorkerFactory;
  tab?: VisibilitySource;
}

export function makeIoJob(
  settings: IoRunSettings,
  visibility: TabVisibility,
  { startWorker = startIoWorker, tab }: IoJobOptions = {},
): Job<RequestPlan, RequestResult, IoApi> {
  const helpers = helperCount(settings);
  const remotes: Remote<IoApi>[] = [];
  const idle = new IdleQueue<number>();
  let runStartEpochMs = 0;
  let ended = false;
  let watch: { stop(): void } | null = null;
  const firstSend = staggeredStart(FIRST_SENDS_PER_TASK);
  const laneStarted = new Array<boolean>(settings.inFlight).fill(false);
  const since = (epochMs: number) => epochMs - runStartEpochMs;

  const clientCpu = async (plan: RequestPlan) => {
    const darts = settings.clientDartsPerItem * plan.items;
    if (darts === 0) return null;
    // On the page: in slices, and abandoned when the run ends (Stop).
    if (helpers === 0) return { ...(await cpuWork(darts, plan.firstItem, () => ended)), worker: null };
    return idle.run(async (helper) => ({ ...(await remotes[1 + helper].cpu(darts, plan.firstItem)), worker: helper }));
  };

  return {
    chunks: planRequests(settings.requests, settings.batchSize),
    itemsOf: (plan) => plan.items,
    worker: startWorker,
    workersFor: () => 1 + helpers,
    async warmUp(remote, index) {
      remotes[index] = remote;
      if (index === 0) {
        const { latencyMs, jitterMs, jitterSeed, capacity, serverDartsPerItem } = settings;
        await remote.configure({ latencyMs, jitterMs, seed: jitterSeed, capacity: capacity ?? Infinity, cpuDartsPerItem: serverDartsPerItem });
        if (serverDartsPerItem > 0) await remote.cpu(WARM_UP_DARTS, 0);
      } else {
        await remote.cpu(WARM_UP_DARTS, 0);
        idle.add(index - 1);
      }
    },
    onStart(startEpochMs) {
      runStartEpochMs = startEpochMs;
      watch = watchVisibility(visibility, tab);
    },
    onEnd() {
      ended = true;
      watch?.stop();
    },
    // Every lane sends to the server, worker 0, whichever worker the pool pairs it with.
    async onWorker(_, plan, lane) {
      if (!laneStarted[lane]) {
        laneStarted[lane] = true;
        await firstSend(lane);
      }
      const sentEpochMs = epochNow();
      const served = await remotes[0].request(plan.id, plan.items);
      const receivedEpochMs = epochNow();
      const cpu = await clientCpu(plan);
      return {
        startEpochMs: sentEpochMs,
        endEpochMs: cpu ? Math.max(cpu.endEpochMs, receivedEpochMs) : receivedEpochMs,
        result: {
          items: plan.items,
          arrivedMs: since(served.arrivedEpochMs),
          servedMs: since(served.servedEpochMs),
          answeredMs: since(served.answeredEpochMs),
          latencyMs: served.latencyMs,
          serverCpuMs: served.serverCpuMs,
          receivedMs: since(receivedEpochMs),
          cpuStartMs: cpu ? since(cpu.startEpochMs) : null,
          cpuEndMs: cpu ? since(cpu.endEpochMs) : null,
          cpuWorker: cpu?.worker ?? null,
        },
      };
    },
  };
}

/** A run's settings as run: a fresh jitter seed, and CPU work in darts at this page's speed. */
export function runSettings(params: IoParams, dartsPerMs: number | null): IoRunSettings {
  return {
    ...params,
    jitterSeed: randomSeed(),
    dartsPerMs,
    clientDartsPerItem: dartsFor(params.clientCpuMs, dartsPerMs),
    serverDartsPerItem: dartsFor(params.serverCpuMs, dartsPerMs),
  };
}

export function prepareIoRun(settings: IoRunSettings): { record: IoRecord; job: Job<RequestPlan, RequestResult, IoApi> } {
  const instruments = { visibility: newTabVisibility() };
  const job = makeIoJob(settings, instruments.visibility);
  const setup = {
    experiment: 'io',
    settings,
    mode: 'workers' as const,
    workers: settings.inFlight,
    strategy: 'dynamic' as const,
    environment: captureEnvironment(),
    instruments,
  };
  return { record: newRunRecord(setup, job), job };
}
