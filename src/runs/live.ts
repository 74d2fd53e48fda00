// A lab's tasks (a run, a sweep) whose mutable state React shows a few times a second. One task
// runs at a time; the last task of each kind stays on show after it ends.
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * How often live views repaint at most, and how often a running task says it changed even when
 * nothing arrived. On a machine whose cores are all computing every repaint takes CPU time from
 * the workers: ten a second keeps charts fluid at a tenth of a frame-rate's cost.
 */
export const LIVE_TICK_MS = 100;

/**
 * The live tick while a run keeps every core busy: each repaint then takes its time from a
 * worker, so the views advance twice a second instead of ten times (measured by `npm run bench`:
 * at four a second the page took 10 % of a core in a long W = 2 pi run, at two 5-8 %).
 */
export const BUSY_TICK_MS = 500;

export interface LiveTaskContext {
  signal: AbortSignal;
  /** Say the state changed; repaints are merged, one per tick at most. */
  changed(): void;
  /** Sets the tick: LIVE_TICK_MS normally, BUSY_TICK_MS while a run keeps every core busy. */
  pace(tickMs: number): void;
}

export type TaskRunner<S> = (state: S, context: LiveTaskContext) => Promise<void>;

export interface LiveTasks<S> {
  /** The task started last (running or ended), and its kind. */
  latest: { kind: string; state: S } | null;
  /** The last task of this kind. */
  last(kind: string): S | null;
  /** Increases on every repaint: a cheap memo key for derived data. */
  version: number;
  running: boolean;
  /** A task that threw instead of recording its own failure (a bug, shown rather than lost). */
  crash: string | null;
  /** Stops a running task, then starts this one. */
  start(kind: string, state: S, run: TaskRunner<S>): void;
  stop(): void;
}

interface View<S> {
  latest: { kind: string; state: S } | null;
  byKind: ReadonlyMap<string, S>;
  version: number;
  running: boolean;
  crash: string | null;
}

export function useLiveTasks<S>(): LiveTasks<S> {
  const [view, setView] = useState<View<S>>({ latest: null, byKind: new Map(), version: 0, running: false, crash: null });
  const currentRef = useRef<{ controller: AbortController; cancelRepaint(): void } | null>(null);

  const stop = useCallback(() => currentRef.current?.controller.abort(), []);

  const start = useCallback((kind: string, state: S, run: TaskRunner<S>) => {
    currentRef.current?.controller.abort();
    currentRef.current?.cancelRepaint();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastShown = 0;
    let tickMs = LIVE_TICK_MS;
    const current = { controller, cancelRepaint: () => timer !== null && clearTimeout(timer) };
    currentRef.current = current;
    const isCurrent = () => currentRef.current === current;
    const show = (running: boolean, crash: string | null = null) =>
      setView((v) => ({ latest: { kind, state }, byKind: new Map(v.byKind).set(kind, state), version: v.version + 1, running, crash }));
    // React renders in a task of its own and the browser paints the result in its next frame:
    // spaced a tick apart, that is never more than one repaint per frame.
    const repaint = () => {
      timer = null;
      if (!isCurrent()) return;
      // A hidden tab draws nothing: it catches up once, when it is shown again.
      if (document.hidden) return void document.addEventListener('visibilitychange', changed, { once: true });
      lastShown = performance.now();
      show(true);
    };
    const changed = () => {
      if (timer !== null || !isCurrent()) return;
      timer = setTimeout(repaint, Math.max(0, lastShown + tickMs - performance.now()));
    };
    const pace = (ms: number) => void (tickMs = ms);

    show(true);
    run(state, { signal: controller.signal, changed, pace })
      .then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      )
      .then((crash) => {
        if (!isCurrent()) return;
        current.cancelRepaint();
        currentRef.current = null;
        show(false, crash);
      });
  }, []);

  // Leaving the page stops its task: no worker outlives the view that started it.
  useEffect(() => () => currentRef.current?.controller.abort(), []);

  const { byKind, ...rest } = view;
  const last = useCallback((kind: string) => byKind.get(kind) ?? null, [byKind]);
  return { ...rest, last, start, stop };
}
