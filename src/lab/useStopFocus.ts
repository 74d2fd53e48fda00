import { useCallback, useEffect, useRef } from 'react';

/**
 * Run and the sweeps are disabled while a task runs. If the control that started it showed a
 * focus ring (keyboard use), focus moves to Stop; when the task ends, focus left on Stop (or
 * lost) goes back to that control, without scrolling the page.
 */
export function useStopFocus(busy: boolean) {
  const stopRef = useRef<HTMLButtonElement>(null);
  const starterRef = useRef<HTMLElement | null>(null);

  const focusStop = useCallback(() => {
    const starter = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    starterRef.current = starter;
    if (starter?.matches(':focus-visible')) requestAnimationFrame(() => stopRef.current?.focus());
  }, []);

  useEffect(() => {
    if (busy) return;
    const focused = document.activeElement;
    if (focused === stopRef.current || focused === document.body) starterRef.current?.focus({ preventScroll: true });
  }, [busy]);

  return { stopRef, focusStop };
}
