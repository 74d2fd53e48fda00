import { useEffect, useRef } from 'react';

/**
 * A canvas sized to its box at the device pixel ratio. `draw` runs in the next animation frame
 * after a render that changed `redrawKey` (every render, if none is given) or a resize, so bursts
 * of updates cost one redraw.
 */
export function useCanvas(draw: (context: CanvasRenderingContext2D, width: number, height: number) => void, redrawKey?: unknown) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const drawRef = useRef(draw);
  const frameRef = useRef<number | null>(null);
  drawRef.current = draw;

  const schedule = () => {
    if (frameRef.current !== null) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = null;
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      const ratio = window.devicePixelRatio || 1;
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      drawRef.current(context, width, height);
    });
  };

  const lastKey = useRef<unknown>(undefined);
  useEffect(() => {
    if (redrawKey !== undefined && Object.is(redrawKey, lastKey.current)) return;
    lastKey.current = redrawKey;
    schedule();
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(schedule);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
      frameRef.current = null;
    };
  }, []);

  return canvasRef;
}
