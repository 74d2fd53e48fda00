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
  start(state: S, task: (state: S, context: LiveTaskContext) => Promise<void>): void;
  stop(): void;
}

export function useLiveTask<S>(): LiveTask<S> {
  const [view, setView] = useState<{ state: S | null; version: number; running: boolean }>({ state: null, version: 0, running: false });
  const controllerRef = useRef<AbortController | null>(null);
  const frameRef = useRef<number | null>(null);

  const stop = useCallback(() => controllerRef.current?.abort(), []);

  const start = useCallback((state: S, task: (state: S, context: LiveTaskContext) => Promise<void>) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const isCurrent = () => controllerRef.current === controller;
    const repaint = () => {
      frameRef.current = null;
      if (isCurrent()) setView((v) => ({ state, version: v.version + 1, running: v.running }));
    };
    const changed = () => {
      if (frameRef.current === null) frameRef.current = requestAnimationFrame(repaint);
    };
    setView((v) => ({ state, version: v.version + 1, running: true }));
    void task(state, { signal: controller.signal, changed }).finally(() => {
      if (!isCurrent()) return;
      if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
      frameRef.current = null;
      controllerRef.current = null;
      setView((v) => ({ state, version: v.version + 1, running: false }));
    });
  }, []);

  // Leaving the page stops its run: no worker outlives the view that started it.
  useEffect(() => () => controllerRef.current?.abort(), []);

  return { ...view, start, stop };
}
