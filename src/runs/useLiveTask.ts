// A long-running task whose mutable state React shows a few times a second, never more than once per frame.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface LiveTaskContext {
  signal: AbortSignal;
  /** Say the state changed; repaints are merged, ten a second at most. */
  changed(): void;
}

export interface LiveTask<S> {
  /** The current (or last) task's state; mutate only inside the task. */
  state: S | null;
  /** Increases on every repaint: a cheap memo key for derived data. */
  version: number;
  running: boolean;
  /** A task that threw instead of recording its own failure (a bug, shown rather than lost). */
  crash: string | null;
  start(state: S, task: (state: S, context: LiveTaskContext) => Promise<void>): void;
  stop(): void;
}

interface View<S> {
  state: S | null;
  version: number;
  running: boolean;
  crash: string | null;
}

/**
 * Live views repaint at most this often. On a machine whose cores are all computing, every
 * repaint takes CPU time from the workers; ten a second keeps charts fluid at a tenth of the cost.
 */
export const REPAINT_INTERVAL_MS = 100;

export function useLiveTask<S>(): LiveTask<S> {
  const [view, setView] = useState<View<S>>({ state: null, version: 0, running: false, crash: null });
  const currentRef = useRef<{ controller: AbortController; cancelRepaint(): void } | null>(null);

  const stop = useCallback(() => currentRef.current?.controller.abort(), []);

  const start = useCallback((state: S, task: (state: S, context: LiveTaskContext) => Promise<void>) => {
    currentRef.current?.controller.abort();
    currentRef.current?.cancelRepaint();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastShown = 0;
    const current = {
      controller,
      cancelRepaint: () => {
        if (timer !== null) clearTimeout(timer);
      },
    };
    currentRef.current = current;
    const isCurrent = () => currentRef.current === current;
    const show = (running: boolean, crash: string | null = null) => setView((v) => ({ state, version: v.version + 1, running, crash }));
    // React renders in a task of its own and the browser paints the result in its next frame:
    // spaced REPAINT_INTERVAL_MS apart, that is never more than one repaint per frame.
    const repaint = () => {
      timer = null;
      lastShown = performance.now();
      if (isCurrent()) show(true);
    };
    const changed = () => {
      if (timer !== null || !isCurrent()) return;
      timer = setTimeout(repaint, Math.max(0, lastShown + REPAINT_INTERVAL_MS - performance.now()));
    };

    show(true);
    task(state, { signal: controller.signal, changed })
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

  // Leaving the page stops its run: no worker outlives the view that started it.
  useEffect(() => () => currentRef.current?.controller.abort(), []);

  return { ...view, start, stop };
}
