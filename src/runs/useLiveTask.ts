// A long-running task whose mutable state React shows at most once per animation frame.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface LiveTaskContext {
  signal: AbortSignal;
  /** Say the state changed; the repaint is merged into the next animation frame. */
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

export function useLiveTask<S>(): LiveTask<S> {
  const [view, setView] = useState<View<S>>({ state: null, version: 0, running: false, crash: null });
  const currentRef = useRef<{ controller: AbortController; cancelRepaint(): void } | null>(null);

  const stop = useCallback(() => currentRef.current?.controller.abort(), []);

  const start = useCallback((state: S, task: (state: S, context: LiveTaskContext) => Promise<void>) => {
    currentRef.current?.controller.abort();
    currentRef.current?.cancelRepaint();
    const controller = new AbortController();
    let frame: number | null = null;
    const current = { controller, cancelRepaint: () => frame !== null && cancelAnimationFrame(frame) };
    currentRef.current = current;
    const isCurrent = () => currentRef.current === current;
    const show = (running: boolean, crash: string | null = null) => setView((v) => ({ state, version: v.version + 1, running, crash }));
    const changed = () => {
      if (frame !== null || !isCurrent()) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        if (isCurrent()) show(true);
      });
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
