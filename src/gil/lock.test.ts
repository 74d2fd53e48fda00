import { describe, expect, it } from 'vitest';
import { atomicsSync, DROP_WATCH_MS, SimulatedGil, type GilSettings, type Sync } from './lock';
import { StateRecorder } from './recorder';
import { readThreadFigures, readThreadLog } from './readStats';
import { createGilBuffers, LOCK, STATE, stopThreads, threadViews, ThreadStopped } from './shared';

/**
 * A scripted stand-in for Atomics.wait: each call runs the next step, which may change the
 * shared memory as another thread would meanwhile, and says how the wait ended. A watch sees
 * the word as it is (nobody else moves while it watches), unless `onWatch` moves it.
 */
function scriptedSync(steps: ((lock: Int32Array) => 'ok' | 'not-equal' | 'timed-out')[], onWatch: (lock: Int32Array) => void = () => {}) {
  const calls: { index: number; timeoutMs: number }[] = [];
  const watches: { index: number; timeoutMs: number }[] = [];
  const notified: number[] = [];
  const sync: Sync = {
    watch(lock, index, expected, timeoutMs) {
      watches.push({ index, timeoutMs });
      onWatch(lock);
      return Atomics.load(lock, index) !== expected;
    },
    wait(lock, index, expected, timeoutMs) {
      calls.push({ index, timeoutMs });
      // Atomics.wait returns at once when the word has already moved on: no step is taken.
      if (Atomics.load(lock, index) !== expected) return 'not-equal';
      const step = steps.shift();
      if (!step) throw new Error(`unexpected wait #${calls.length} on slot ${index}`);
      return step(lock);
    },
    notify(_lock, index) {
      notified.push(index);
      return 0;
    },
  };
  return { sync, calls, watches, notified, stepsLeft: () => steps.length };
}

/** Thread `thread` of a 2-thread run, with its own clock that ticks 1 ms per reading. */
function setUp(settings: Partial<GilSettings>, steps: Parameters<typeof scriptedSync>[0] = [], thread = 0, onWatch?: Parameters<typeof scriptedSync>[1]) {
  const buffers = createGilBuffers(2);
  const views = threadViews(buffers, thread);
  let clock = 0;
  const recorder = new StateRecorder(views, () => clock++);
  const script = scriptedSync(steps, onWatch);
  const gil = new SimulatedGil(views, { policy: 'new', checkInterval: 100, switchIntervalMs: 5, ...settings }, recorder, script.sync);
  const lock = views.lock;
  const figures = () => readThreadFigures(buffers, clock)[thread];
  const states = () => [...readThreadLog(buffers, thread).states];
  return { gil, lock, script, figures, states, buffers };
}

/** Another thread (id 2) holding the lock. */
function heldByOther(lock: Int32Array) {
  Atomics.store(lock, LOCK.LOCKED, 1);
  Atomics.store(lock, LOCK.HOLDERS, 1);
  Atomics.store(lock, LOCK.LAST_HOLDER, 2);
}

function releasedByOther(lock: Int32Array) {
  Atomics.store(lock, LOCK.HOLDERS, 0);
  Atomics.store(lock, LOCK.LOCKED, 0);
}

describe('the simulated GIL, one step at a time', () => {
  it('takes a free lock at once, and gives it up for I/O', () => {
    const { gil, lock, figures, states } = setUp({});
    gil.take();
    expect([Atomics.load(lock, LOCK.LOCKED), Atomics.load(lock, LOCK.HOLDERS), Atomics.load(lock, LOCK.LAST_HOLDER)]).toEqual([1, 1, 1]);
    gil.release(STATE.IO);
    expect([Atomics.load(lock, LOCK.LOCKED), Atomics.load(lock, LOCK.HOLDERS)]).toEqual([0, 0]);
    // The first acquisition of the run takes the lock from nobody: no hand-off.
    expect(figures()).toMatchObject({ acquisitions: 1, handoffs: 0, failedAttempts: 0, state: STATE.IO });
    expect(states()).toEqual([STATE.RUNNING, STATE.IO]);
  });

  it('old GIL: the holder lets go every check interval and takes the lock straight back', () => {
    const { gil, lock, script, figures } = setUp({ policy: 'old', checkInterval: 3 });
    gil.take();
    for (let tick = 0; tick < 7; tick++) gil.checkpoint();
    // Released and re-taken twice (after ticks 3 and 6), signalling a waiter each time.
    expect(figures()).toMatchObject({ acquisitions: 3, handoffs: 0, state: STATE.RUNNING });
    expect(script.notified.filter((slot) => slot === LOCK.LOCKED)).toHaveLength(2);
    expect(Atomics.load(lock, LOCK.HOLDERS)).toBe(1);
  });

  it('old GIL: when a woken waiter gets in first, the releasing thread waits, from the moment it let go', () => {
    const { gil, lock, script, figures, states } = setUp({ policy: 'old', checkInterval: 1 }, [
      (l) => {
        releasedByOther(l); // the other thread's own check interval passes
        return 'ok';
      },
    ]);
    gil.take();
    // The waiter wakes on the release and takes the lock before the holder can take it back.
    script.sync.notify = (l, index) => {
      if (index === LOCK.LOCKED && Atomics.load(l, LOCK.LOCKED) === 0) heldByOther(l);
      return 1;
    };
    gil.checkpoint();
    expect(figures()).toMatchObject({ acquisitions: 2, handoffs: 1, failedAttempts: 0, state: STATE.RUNNING });
    expect(states()).toEqual([STATE.RUNNING, STATE.WAITING, STATE.RUNNING]);
    expect(Atomics.load(lock, LOCK.VIOLATIONS)).toBe(0);
  });

  it('old GIL: a waiter woken while the lock is taken again counts a failed attempt', () => {
    const { gil, lock, script, figures, states } = setUp({ policy: 'old' }, [
      () => 'ok', // woken by a release, but the holder took the lock straight back
      (l) => {
        releasedByOther(l);
        return 'ok';
      },
    ]);
    heldByOther(lock);
    gil.take();
    expect(script.stepsLeft()).toBe(0);
    expect(figures()).toMatchObject({ failedAttempts: 1, acquisitions: 1, handoffs: 1 });
    expect(states()).toEqual([STATE.WAITING, STATE.FAILED_ATTEMPT, STATE.RUNNING]);
    expect(Atomics.load(lock, LOCK.SWITCH_NUMBER)).toBe(1);
    expect(script.notified).toContain(LOCK.SWITCH_NUMBER);
  });

  it('new GIL: a waiter that times out with no switch asks the holder to drop; taking the lock clears the request', () => {
    const { gil, lock, script } = setUp({ switchIntervalMs: 5 }, [
      () => 'timed-out',
      (l) => {
        expect(Atomics.load(l, LOCK.DROP_REQUEST)).toBe(1);
        releasedByOther(l); // the holder saw the request and dropped
        return 'ok';
      },
    ]);
    heldByOther(lock);
    gil.take();
    expect(script.calls.map((c) => c.timeoutMs)).toEqual([5, 5]);
    expect(Atomics.load(lock, LOCK.DROP_REQUEST)).toBe(0);
    expect(Atomics.load(lock, LOCK.LAST_HOLDER)).toBe(1);
  });

  it('new GIL: having asked for a drop, a waiter watches the lock for it rather than sleep, and takes it at once', () => {
    const { gil, lock, script, figures, states } = setUp({ switchIntervalMs: 5 }, [() => 'timed-out'], 0, releasedByOther);
    heldByOther(lock);
    gil.take();
    expect(script.watches).toEqual([{ index: LOCK.LOCKED, timeoutMs: DROP_WATCH_MS }]);
    // One sleep only: the one that timed out. The next wait found the lock free.
    expect(script.calls).toHaveLength(2);
    expect(script.stepsLeft()).toBe(0);
    expect(figures()).toMatchObject({ acquisitions: 1, handoffs: 1, failedAttempts: 0, state: STATE.RUNNING });
    expect(states()).toEqual([STATE.WAITING, STATE.RUNNING]);
  });

  it('new GIL: a waiter whose wait ended otherwise than by its time-out neither asks for a drop nor watches', () => {
    const { gil, lock, script } = setUp({}, [
      () => 'ok', // woken, but another thread got in first
      (l) => {
        releasedByOther(l);
        return 'ok';
      },
    ]);
    heldByOther(lock);
    gil.take();
    expect(script.watches).toEqual([]);
    expect(Atomics.load(lock, LOCK.HOLDERS)).toBe(1);
  });

  it('new GIL: no drop request when the lock changed hands during the wait', () => {
    const { gil, lock } = setUp({}, [
      (l) => {
        Atomics.add(l, LOCK.SWITCH_NUMBER, 1); // a third thread got it meanwhile
        return 'timed-out';
      },
      (l) => {
        expect(Atomics.load(l, LOCK.DROP_REQUEST)).toBe(0);
        releasedByOther(l);
        return 'ok';
      },
    ]);
    heldByOther(lock);
    gil.take();
    expect(Atomics.load(lock, LOCK.HOLDERS)).toBe(1);
  });

  it('new GIL: asked to drop, the holder lets go and waits for another thread to take the lock before trying again', () => {
    const { gil, lock, script, figures, states } = setUp({}, [
      // Waiting for the switch: another thread takes the lock.
      (l) => {
        expect(Atomics.load(l, LOCK.LOCKED)).toBe(0);
        Atomics.store(l, LOCK.LOCKED, 1);
        Atomics.store(l, LOCK.HOLDERS, 1);
        Atomics.store(l, LOCK.LAST_HOLDER, 2);
        Atomics.add(l, LOCK.SWITCH_NUMBER, 1);
        return 'ok';
      },
      // Taking it back: the other thread's switch interval passes and it drops.
      (l) => {
        releasedByOther(l);
        return 'ok';
      },
    ]);
    gil.take();
    Atomics.store(lock, LOCK.DROP_REQUEST, 1);
    gil.checkpoint();
    expect(script.calls.map((c) => c.index)).toEqual([LOCK.SWITCH_NUMBER, LOCK.LOCKED]);
    expect(figures()).toMatchObject({ forcedDrops: 1, acquisitions: 2, handoffs: 1 });
    expect(states()).toEqual([STATE.RUNNING, STATE.WAITING, STATE.RUNNING]);
  });

  it('counts a second holder if the lock word is ever broken', () => {
    const { gil, lock } = setUp({});
    Atomics.store(lock, LOCK.HOLDERS, 1); // someone holds it without the lock word saying so
    gil.take();
    expect(Atomics.load(lock, LOCK.VIOLATIONS)).toBe(1);
  });

  it('no GIL: taking and releasing touch no lock', () => {
    const { gil, lock, figures } = setUp({ policy: 'none' });
    gil.take();
    gil.checkpoint();
    gil.release(STATE.DONE);
    expect(Atomics.load(lock, LOCK.LOCKED)).toBe(0);
    expect(figures()).toMatchObject({ acquisitions: 0, state: STATE.DONE });
  });

  it.each(['old', 'new'] as const)('%s GIL: a thread asleep waiting for the lock stops when the page asks', (policy) => {
    const { gil, lock } = setUp({ policy }, [
      (l) => {
        // The page presses Stop while this thread sleeps: it sets the word and wakes everyone.
        Atomics.store(l, LOCK.STOP, 1);
        return 'ok';
      },
    ]);
    heldByOther(lock);
    expect(() => gil.take()).toThrow(ThreadStopped);
  });

  it.each(['none', 'old', 'new'] as const)('%s: a thread computing stops at its next checkpoint, and cannot start again', (policy) => {
    const { gil, lock } = setUp({ policy });
    gil.take();
    gil.checkpoint();
    Atomics.store(lock, LOCK.STOP, 1);
    expect(() => gil.checkpoint()).toThrow(ThreadStopped);
    expect(() => gil.take()).toThrow(ThreadStopped);
  });

  it('new GIL: a thread waiting for its forced hand-off stops when the page asks', () => {
    const { gil, lock } = setUp({ policy: 'new' }, [
      (l) => {
        Atomics.store(l, LOCK.STOP, 1);
        return 'ok';
      },
    ]);
    gil.take();
    Atomics.store(lock, LOCK.DROP_REQUEST, 1);
    expect(() => gil.checkpoint()).toThrow(ThreadStopped);
  });

  // A notify wakes only threads already asleep: a thread that checked the stop word just before
  // Stop and then falls asleep must find its wait over at once, not after a 250 ms slice.
  describe('a Stop that comes between a thread’s last check and its sleep', () => {
    /** Atomics.wait as it behaves when Stop lands just before the call and nobody notifies after. */
    function stopJustBeforeEachWait(onStop: () => void) {
      const outcomes: string[] = [];
      const sync: Sync = {
        wait(lock, index, expected) {
          onStop();
          const outcome = Atomics.load(lock, index) === expected ? 'timed-out' : 'not-equal';
          outcomes.push(outcome);
          return outcome;
        },
        notify: () => 0,
        watch: (lock, index, expected) => Atomics.load(lock, index) !== expected,
      };
      return { sync, outcomes };
    }

    it.each(['old', 'new'] as const)('%s GIL: waiting for the lock', (policy) => {
      const buffers = createGilBuffers(2);
      const views = threadViews(buffers, 0);
      const { sync, outcomes } = stopJustBeforeEachWait(() => stopThreads(buffers));
      const gil = new SimulatedGil(views, { policy, checkInterval: 100, switchIntervalMs: 5 }, new StateRecorder(views, () => 0), sync);
      heldByOther(views.lock);
      expect(() => gil.take()).toThrow(ThreadStopped);
      expect(outcomes).toEqual(['not-equal']);
    });

    it('new GIL: waiting for its forced hand-off', () => {
      const buffers = createGilBuffers(2);
      const views = threadViews(buffers, 0);
      const { sync, outcomes } = stopJustBeforeEachWait(() => stopThreads(buffers));
      const gil = new SimulatedGil(views, { policy: 'new', checkInterval: 100, switchIntervalMs: 5 }, new StateRecorder(views, () => 0), sync);
      gil.take();
      Atomics.store(views.lock, LOCK.DROP_REQUEST, 1);
      expect(() => gil.checkpoint()).toThrow(ThreadStopped);
      expect(outcomes).toEqual(['not-equal']);
    });

    it('old GIL: a holder that lets go after Stop cannot free the lock for a waiter to sleep on', () => {
      const { gil, lock, buffers } = setUp({ policy: 'old', checkInterval: 1 });
      gil.take();
      stopThreads(buffers);
      expect(() => gil.checkpoint()).toThrow(ThreadStopped);
      gil.release(STATE.DONE);
      expect(Atomics.load(lock, LOCK.LOCKED)).not.toBe(0);
    });
  });
});

describe('watching a word without sleeping (atomicsSync.watch)', () => {
  it('returns true at once when the word no longer holds the value', () => {
    const word = new Int32Array(new SharedArrayBuffer(4));
    word[0] = 2;
    expect(atomicsSync.watch(word, 0, 1, 60_000)).toBe(true);
  });

  it('gives up once its time has passed, and not before', () => {
    const word = new Int32Array(new SharedArrayBuffer(4));
    word[0] = 1;
    const start = performance.now();
    expect(atomicsSync.watch(word, 0, 1, 2)).toBe(false);
    expect(performance.now() - start).toBeGreaterThanOrEqual(2);
  });

  it('sees a stopped lock: Stop ends a watch for the lock as it ends a wait', () => {
    const buffers = createGilBuffers(2);
    const lock = new Int32Array(buffers.lock);
    Atomics.store(lock, LOCK.LOCKED, 1);
    stopThreads(buffers);
    expect(atomicsSync.watch(lock, LOCK.LOCKED, 1, 60_000)).toBe(true);
  });
});
