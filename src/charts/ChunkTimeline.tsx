import { INK, TRACK } from '../theme';
import { roundStep } from './axes';
import { useCanvas } from './useCanvas';

export interface TimelineBar {
  worker: number;
  startMs: number;
  endMs: number;
}

export interface RunningBar {
  worker: number;
  /** When the chunk was handed out; it runs until now. */
  atMs: number;
}

interface Props<B extends TimelineBar> {
  lanes: number;
  laneLabel: (lane: number) => string;
  colorOf: (lane: number) => string;
  /** Finished chunks (chunk events fit as they are). */
  bars: readonly B[];
  /** A finished chunk's colour, when not its lane's (e.g. by the chunk's cost). */
  barColor?: (bar: B) => string;
  /** Chunks still computing, drawn pale up to `spanMs`. */
  running: readonly (RunningBar | null)[];
  /** The time span the x axis covers. */
  spanMs: number;
  label: string;
}

const AXIS_HEIGHT = 18;
const LABEL_WIDTH = 64;

/** A Gantt chart: a lane per worker, a rectangle per chunk. Canvas, for thousands of chunks. */
export function ChunkTimeline<B extends TimelineBar>({ lanes, laneLabel, colorOf, bars, barColor, running, spanMs, label }: Props<B>) {
  const canvasRef = useCanvas((context, width, height) => {
    const plotWidth = width - LABEL_WIDTH - 8;
    const laneHeight = Math.max(2, (height - AXIS_HEIGHT) / Math.max(1, lanes));
    const span = Math.max(spanMs, 1e-3);
    const x = (ms: number) => LABEL_WIDTH + (ms / span) * plotWidth;

    context.font = '11px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.fillStyle = INK;
    const labelEvery = Math.ceil(12 / laneHeight);
    for (let lane = 0; lane < lanes; lane += labelEvery) {
      context.fillText(laneLabel(lane), 4, lane * laneHeight + laneHeight / 2);
    }
    context.fillStyle = TRACK;
    context.fillRect(LABEL_WIDTH, 0, plotWidth, lanes * laneHeight);

    const gap = laneHeight > 6 ? 1 : 0;
    const drawBar = (lane: number, startMs: number, endMs: number) => {
      const left = x(startMs);
      context.fillRect(left, lane * laneHeight + gap, Math.max(1, x(endMs) - left - gap), laneHeight - 2 * gap);
    };
    for (const bar of bars) {
      context.fillStyle = barColor ? barColor(bar) : colorOf(bar.worker);
      drawBar(bar.worker, bar.startMs, bar.endMs);
    }
    context.globalAlpha = 0.35;
    for (const bar of running) {
      if (!bar) continue;
      context.fillStyle = colorOf(bar.worker);
      drawBar(bar.worker, bar.atMs, span);
    }
    context.globalAlpha = 1;

    // Time axis: ticks at a round step.
    context.fillStyle = INK;
    context.textBaseline = 'top';
    const step = roundStep(span / 6);
    for (let t = 0; t <= span + 1e-9; t += step) {
      const tickX = x(t);
      context.fillRect(tickX, lanes * laneHeight, 1, 4);
      const text = span >= 2000 ? `${(t / 1000).toFixed(step >= 1000 ? 0 : 1)} s` : `${Math.round(t)} ms`;
      context.fillText(text, Math.min(tickX - 8, width - 40), lanes * laneHeight + 5);
    }
  });
  // Lanes stay readable: about 22 px each, between 120 and 420 px in all.
  const height = Math.min(420, Math.max(120, lanes * 22 + AXIS_HEIGHT));
  return <canvas ref={canvasRef} className="chart-canvas timeline" style={{ height }} role="img" aria-label={label} />;
}
