// One simulated Python thread: real Monte Carlo work in ticks, executed only while it holds
// the simulated GIL (or with it released, for GIL-free work and I/O).
import { dartsInside } from '../kernels/pi';
import { atomicsSync, SimulatedGil, type GilSettings, type Sync } from './lock';
import { StateRecorder } from './recorder';
import { LOCK, STAT, STATE, threadViews, type GilBuffers } from './shared';

/** Darts per tick: a tick is the unit between two checks of the lock (about 1.5 µs of work). */
export const TICK_DARTS = 256;
/** Ticks per round: GIL-free work is released and re-taken once a round (about 1 ms), as a numpy call would. */
export const ROUND_TICKS = 512;
/** An I/O round: this much CPU work with the lock held, then IO_WAIT_MS asleep without it. */
export const IO_ROUND_DARTS = 20_480;
export const IO_WAIT_MS = 1;

export interface ThreadPlan {
  thread: number;
  role: 'cpu' | 'io';
  /** CPU role: darts to throw. */
  darts: number;
  /** Share of each round's ticks done with the lock released (0..1). */
  gilFreeShare: number;
  /** I/O role: rounds to do; null: until every CPU thread has finished. */
  ioRounds: number | null;
  /** CPU threads in the run (an I/O thread with ioRounds null stops when they are done). */
  cpuThreads: number;
  seed: number;
}

export interface ThreadOutcome {
  darts: number;
  inside: number;
  ioRounds: number;
}

/** What a thread needs besides its plan: the clock and the way it blocks. */
export interface ThreadEnvironment {
  /** Unix-epoch ms (performance.timeOrigin + performance.now() in a worker). */
  epochNow(): number;
  sync?: Sync;
}

/** Before the timed region: lets V8 optimise a tick's work (about 5 ms). */
export function warmUpThread(seed: number): number {
  const scratch = new Uint32Array(4);
  let inside = 0;
  for (let i = 0; i < 4096; i++) inside += dartsInside(seed, i, TICK_DARTS, scratch);
  return inside;
}

/** Does the thread's work under the GIL and reports what it computed. */
export function runSimulatedThread(buffers: GilBuffers, plan: ThreadPlan, settings: GilSettings, env: ThreadEnvironment): ThreadOutcome {
  const sync = env.sync ?? atomicsSync;
  const views = threadViews(buffers, plan.thread);
  const lock = views.lock;
  const scratch = new Uint32Array(4);
  const startEpochMs = new Float64Array(buffers.start)[0];
  const recorder = new StateRecorder(views, () => env.epochNow() - startEpochMs);
  const gil = new SimulatedGil(views, settings, recorder, sync);
  const outcome: ThreadOutcome = { darts: 0, inside: 0, ioRounds: 0 };
  // Stream numbers: thread t's k-th tick draws from stream t * 2^26 + k, distinct across threads.
  let stream = plan.thread * 2 ** 26;
  const tick = (darts: number) => {
    outcome.inside += dartsInside(plan.seed, stream++, darts, scratch);
    outcome.darts += darts;
    recorder.count(STAT.TICKS);
  };

  gil.take();
  if (plan.role === 'cpu') {
    let left = plan.darts;
    while (left > 0) {
      const roundDarts = Math.min(left, ROUND_TICKS * TICK_DARTS);
      const freeDarts = Math.floor(roundDarts * plan.gilFreeShare);
      for (let held = roundDarts - freeDarts; held > 0; held -= TICK_DARTS) {
        tick(Math.min(TICK_DARTS, held));
        gil.checkpoint();
      }
      if (freeDarts > 0) {
        // Like numpy arithmetic: the lock is released around the heavy part.
        gil.release(STATE.GIL_FREE);
        for (let free = freeDarts; free > 0; free -= TICK_DARTS) tick(Math.min(TICK_DARTS, free));
        gil.take();
      }
      left -= roundDarts;
    }
    gil.release(STATE.DONE);
    Atomics.add(lock, LOCK.CPU_DONE, 1);
  } else {
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    const more = () => (plan.ioRounds === null ? Atomics.load(lock, LOCK.CPU_DONE) < plan.cpuThreads : outcome.ioRounds < plan.ioRounds);
    while (more()) {
      for (let held = IO_ROUND_DARTS; held > 0; held -= TICK_DARTS) {
        tick(Math.min(TICK_DARTS, held));
        gil.checkpoint();
      }
      gil.release(STATE.IO);
      sync.wait(sleeper, 0, 0, IO_WAIT_MS);
      outcome.ioRounds++;
      recorder.count(STAT.IO_ROUNDS);
      gil.take();
    }
    gil.release(STATE.DONE);
  }
  return outcome;
}
