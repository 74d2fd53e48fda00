import { describe, expect, it } from 'vitest';
import { dartsInside } from '../kernels/pi';
import { readThreadFigures, readThreadLog } from './readStats';
import { createGilBuffers, LOCK, STATE, stopThreads, ThreadStopped } from './shared';
import { IO_ROUND_DARTS, IO_WAIT_MS, runSimulatedThread, TICK_DARTS, type ThreadPlan } from './thread';

// One thread at a time, on Node's main thread (where Atomics.wait is allowed): the thread's
// own loop, its bookkeeping and its real work. Contention between threads is tested in the
// browser (e2e/gil.spec.ts).

const epochNow = () => performance.timeOrigin + performance.now();

function startedBuffers(threads = 1) {
  const buffers = createGilBuffers(threads);
  new Float64Array(buffers.start)[0] = epochNow();
  return buffers;
}

const plan = (changes: Partial<ThreadPlan>): ThreadPlan => ({
  thread: 0,
  role: 'cpu',
  darts: 100_000,
  gilFreeShare: 0,
  ioRounds: null,
  cpuThreads: 1,
  seed: 9,
  ...changes,
});

describe('a simulated thread', () => {
  it.each(['none', 'old', 'new'] as const)('throws every dart of its plan, really (%s)', (policy) => {
    const buffers = startedBuffers();
    const outcome = runSimulatedThread(buffers, plan({ darts: 100_000 }), { policy, checkInterval: 10, switchIntervalMs: 5 }, { epochNow });
    let inside = 0;
    const scratch = new Uint32Array(4);
    for (let tick = 0, left = 100_000; left > 0; tick++, left -= TICK_DARTS) inside += dartsInside(9, tick, Math.min(TICK_DARTS, left), scratch);
    expect(outcome).toEqual({ darts: 100_000, inside, ioRounds: 0 });
    const [figures] = readThreadFigures(buffers, 1e9);
    expect(figures.state).toBe(STATE.DONE);
    expect(figures.ticks).toBe(Math.ceil(100_000 / TICK_DARTS));
    expect(Atomics.load(new Int32Array(buffers.lock), LOCK.CPU_DONE)).toBe(1);
    expect(Atomics.load(new Int32Array(buffers.lock), LOCK.LOCKED)).toBe(0);
  });

  it('releases the lock around its GIL-free share of each round', () => {
    const buffers = startedBuffers();
    runSimulatedThread(buffers, plan({ darts: 400_000, gilFreeShare: 0.75 }), { policy: 'new', checkInterval: 100, switchIntervalMs: 5 }, { epochNow });
    // Three whole rounds of 512 ticks and a short fourth, each with its last 75 % done without
    // the lock: the lock is given up and taken back once a round.
    const { RUNNING, GIL_FREE, DONE } = STATE;
    expect([...readThreadLog(buffers, 0).states]).toEqual([RUNNING, GIL_FREE, RUNNING, GIL_FREE, RUNNING, GIL_FREE, RUNNING, GIL_FREE, RUNNING, DONE]);
    const [figures] = readThreadFigures(buffers, 1e9);
    expect(figures).toMatchObject({ acquisitions: 5, ticks: 3 * 512 + Math.ceil(1696 / 256) + Math.ceil(5088 / 256) });
  });

  it('does its I/O rounds asleep with the lock released', () => {
    const buffers = startedBuffers();
    const outcome = runSimulatedThread(
      buffers,
      plan({ role: 'io', ioRounds: 3, cpuThreads: 0 }),
      { policy: 'new', checkInterval: 100, switchIntervalMs: 5 },
      { epochNow },
    );
    expect(outcome).toMatchObject({ ioRounds: 3, darts: 3 * IO_ROUND_DARTS });
    const [figures] = readThreadFigures(buffers, 1e9);
    expect(figures.ioRounds).toBe(3);
    // A timed-out Atomics.wait never returns before its timeout on the monotonic clock the thread
    // times itself with; load only lengthens it. Half a wait of room for the clocks' rounding.
    expect(figures.ioMs).toBeGreaterThanOrEqual(2.5 * IO_WAIT_MS);
    expect([...readThreadLog(buffers, 0).states]).toEqual([
      STATE.RUNNING,
      STATE.IO,
      STATE.RUNNING,
      STATE.IO,
      STATE.RUNNING,
      STATE.IO,
      STATE.RUNNING,
      STATE.DONE,
    ]);
  });

  it('beside CPU threads that are already done, an open-ended I/O thread stops at once', () => {
    const buffers = startedBuffers();
    Atomics.store(new Int32Array(buffers.lock), LOCK.CPU_DONE, 2);
    const outcome = runSimulatedThread(
      buffers,
      plan({ role: 'io', ioRounds: null, cpuThreads: 2 }),
      { policy: 'new', checkInterval: 100, switchIntervalMs: 5 },
      { epochNow },
    );
    expect(outcome.ioRounds).toBe(0);
  });

  it.each(['none', 'old', 'new'] as const)('does no work once the page has asked the threads to stop (%s)', (policy) => {
    const buffers = startedBuffers();
    stopThreads(buffers);
    expect(() => runSimulatedThread(buffers, plan({}), { policy, checkInterval: 100, switchIntervalMs: 5 }, { epochNow })).toThrow(ThreadStopped);
    expect(readThreadFigures(buffers, 0)[0].ticks).toBe(0);
  });
});
