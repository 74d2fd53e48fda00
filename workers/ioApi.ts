// The I/O lab's workers: a simulated server that answers each request after a real timer, and
// CPU work (darts) that a client may hand to a worker instead of doing it on the page. Worker 0
// of a run is the server; any others only do CPU work.
import { epochNow, type Timed } from '../src/clock';
import { requestLatency } from '../src/kernels/latency';
import { piKernel } from '../src/kernels/pi';
import { runInPieces } from './runInPieces';

export interface ServerConfig {
  latencyMs: number;
  jitterMs: number;
  /** Seeds each request's jitter. */
  seed: number;
  /** Requests served at once; later ones wait in a queue, first come first served. Infinity: no limit. */
  capacity: number;
  /** Darts the server throws per item of a request: its own CPU work, on its one thread. */
  cpuDartsPerItem: number;
}

/** What the server did with a request, each moment on its own clock (ms since the Unix epoch). */
export interface ServedRequest {
  /** The request's message reached the server. */
  arrivedEpochMs: number;
  /** It got one of the server's places (at once, or after queueing at capacity). */
  servedEpochMs: number;
  /** The server sent the answer. */
  answeredEpochMs: number;
  /** The latency drawn for it (with jitter), waited for with a timer. */
  latencyMs: number;
  /** Time its server CPU work took, interleaved with other requests' on the server's thread. */
  serverCpuMs: number;
}

export interface CpuResult {
  darts: number;
  inside: number;
}

/** Darts per piece of CPU work: about a tenth of a millisecond, so Stop and timers get through. */
const CPU_PIECE_DARTS = 1 << 14;
/** The seed of every CPU work's darts: the work, not its answer, is the point. */
const CPU_SEED = 8192;

/**
 * `darts` darts thrown in pieces, returning to the event loop every few ms (on the page, other
 * answers and repaints get their turn; in a worker, Stop does). `stopped` is asked before each
 * piece: true ends the work with an error.
 */
export function cpuWork(darts: number, stream: number, stopped: () => boolean = () => false): Promise<Timed<CpuResult>> {
  const run = (piece: Parameters<typeof piKernel.run>[0]) => {
    if (stopped()) throw new DOMException('The run was stopped.', 'AbortError');
    return piKernel.run(piece);
  };
  return runInPieces({ ...piKernel, run }, { seed: CPU_SEED, firstStream: stream, samples: darts }, CPU_PIECE_DARTS).then(({ result, ...times }) => ({
    result: { darts: result.samples, inside: result.inside },
    ...times,
  }));
}

/**
 * Resolves once `ms` have passed on `clock`. A timer can fire early by the rounding of the clock
 * that schedules it (Node's is the millisecond its event loop last read, however long ago), and a
 * simulated latency must never be shorter than the one asked for: wait again for what is left.
 */
export async function waitAtLeast(ms: number, clock: () => number): Promise<void> {
  const start = clock();
  for (let left = ms; left > 0; left = ms - (clock() - start)) await new Promise((resolve) => setTimeout(resolve, left));
}

export function createIoApi(clock: () => number = epochNow) {
  let config: ServerConfig = { latencyMs: 0, jitterMs: 0, seed: 0, capacity: Infinity, cpuDartsPerItem: 0 };
  let serving = 0;
  let queue: (() => void)[] = [];

  // A place is handed straight to the next in the queue, so arrivals never overtake it.
  const take = (): Promise<void> | null => {
    if (serving < config.capacity) {
      serving++;
      return null;
    }
    return new Promise((resolve) => queue.push(resolve));
  };
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else serving--;
  };

  return {
    ping: (): true => true,
    /** Sets up a fresh server: nothing queued, nothing being served. */
    configure(next: ServerConfig): void {
      config = { ...next };
      serving = 0;
      queue = [];
    },
    /** Serves request `id` of `items` items: waits for a place, does its CPU work, waits its latency, answers. */
    async request(id: number, items: number): Promise<ServedRequest> {
      const arrivedEpochMs = clock();
      await take();
      const servedEpochMs = clock();
      let serverCpuMs = 0;
      if (config.cpuDartsPerItem > 0) {
        const work = await cpuWork(config.cpuDartsPerItem * items, id);
        serverCpuMs = work.endEpochMs - work.startEpochMs;
      }
      const latencyMs = requestLatency(config.latencyMs, config.jitterMs, config.seed, id);
      await waitAtLeast(latencyMs, clock);
      const answeredEpochMs = clock();
      release();
      return { arrivedEpochMs, servedEpochMs, answeredEpochMs, latencyMs, serverCpuMs };
    },
    /** A client's CPU work, done on this worker. */
    cpu: (darts: number, stream: number): Promise<Timed<CpuResult>> => cpuWork(darts, stream),
  };
}

export type IoApi = ReturnType<typeof createIoApi>;
