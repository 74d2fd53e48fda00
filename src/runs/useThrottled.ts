import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once per `intervalMs`; the latest value always arrives in the end.
 * For views too costly to redraw every frame (SVG charts) while a run streams in.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);
  useEffect(() => {
    const wait = lastShownAt.current + intervalMs - performance.now();
    if (wait <= 0) {
      lastShownAt.current = performance.now();
      setShown(value);
      return;
    }
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return intervalMs <= 0 ? value : shown;
}
