import { useLayoutEffect, useRef } from 'react';

/** Draws on the canvas; `cleared` says it starts blank (else it holds the last drawing: see `keep`). */
type Draw = (context: CanvasRenderingContext2D, width: number, height: number, cleared: boolean) => void;

/**
 * A canvas sized to its box at the device pixel ratio. It is redrawn right after a render that
 * changed `redrawKey` (every render, if none is given), in the same frame as the rest of the
 * page, and in the next animation frame after a resize (including the first layout).
 */
export function useCanvas(draw: Draw, redrawKey?: unknown, { keep = false }: { keep?: boolean } = {}) {
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
    if (canvasRef.current && sizeRef.current) paint(canvasRef.current, sizeRef.current, drawRef.current, keep);
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
          if (sizeRef.current) paint(canvas, sizeRef.current, drawRef.current, false);
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

/** `keep`: draw over the last drawing (an incremental chart), unless the canvas had to be resized. */
function paint(canvas: HTMLCanvasElement, { width, height }: { width: number; height: number }, draw: Draw, keep: boolean) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  let cleared = !keep;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    // Resizing a canvas clears it.
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    cleared = true;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (!keep) context.clearRect(0, 0, width, height);
  draw(context, width, height, cleared);
}
