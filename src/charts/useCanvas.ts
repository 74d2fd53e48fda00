import { useLayoutEffect, useRef } from 'react';

type Draw = (context: CanvasRenderingContext2D, width: number, height: number) => void;

/**
 * A canvas sized to its box at the device pixel ratio. It is redrawn right after a render that
 * changed `redrawKey` (every render, if none is given), in the same frame as the rest of the
 * page, and in the next animation frame after a resize (including the first layout).
 */
export function useCanvas(draw: Draw, redrawKey?: unknown) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const drawRef = useRef(draw);
  const lastKey = useRef<unknown>(undefined);
  // The box size as the ResizeObserver last reported it: reading clientWidth right after React
  // changed the page would force a layout in the middle of every live update.
  const sizeRef = useRef<{ width: number; height: number } | null>(null);
  drawRef.current = draw;

  useLayoutEffect(() => {
    if (redrawKey !== undefined && Object.is(redrawKey, lastKey.current)) return;
    lastKey.current = redrawKey;
    if (canvasRef.current && sizeRef.current) paint(canvasRef.current, sizeRef.current, drawRef.current);
  });

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let frame: number | null = null;
    const observer = new ResizeObserver(([entry]) => {
      sizeRef.current = { width: entry.contentRect.width, height: entry.contentRect.height };
      if (frame === null)
        frame = requestAnimationFrame(() => {
          frame = null;
          if (sizeRef.current) paint(canvas, sizeRef.current, drawRef.current);
        });
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, []);

  return canvasRef;
}

function paint(canvas: HTMLCanvasElement, { width, height }: { width: number; height: number }, draw: Draw) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  draw(context, width, height);
}
