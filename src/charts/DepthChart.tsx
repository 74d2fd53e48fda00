import { INK, seriesColor, TRACK } from '../theme';
import { formatCount, formatTimelineTime } from '../format';
import { linearTicks } from './axes';
import { useCanvas } from './useCanvas';

export interface DepthLine {
  name: string;
  /** (ms since the run started, items waiting), in time order. */
  points: readonly { atMs: number; depth: number }[];
}

const LEFT = 64;
const BOTTOM = 24;
const TOP = 22;

/** Items waiting in each queue over the run so far, a line per queue. Canvas: cheap to redraw live. */
export function DepthChart({ lines, spanMs }: { lines: readonly DepthLine[]; spanMs: number }) {
  const maxDepth = Math.max(1, ...lines.flatMap((line) => line.points.map((p) => p.depth)));
  const canvasRef = useCanvas((context, width, height) => {
    const plotWidth = width - LEFT - 12;
    const plotHeight = height - TOP - BOTTOM;
    const span = Math.max(1, spanMs);
    const x = (ms: number) => LEFT + (Math.min(ms, span) / span) * plotWidth;
    const y = (depth: number) => TOP + plotHeight - (depth / maxDepth) * plotHeight;
    context.fillStyle = TRACK;
    context.fillRect(LEFT, TOP, plotWidth, plotHeight);
    context.font = '12px system-ui, sans-serif';
    context.fillStyle = INK;
    context.textBaseline = 'middle';
    for (const tick of linearTicks(0, maxDepth, 3)) {
      context.fillRect(LEFT - 4, y(tick), 4, 1);
      context.fillText(formatCount(tick), 4, y(tick));
    }
    context.textBaseline = 'top';
    const timeTicks = linearTicks(0, span, 5);
    const step = timeTicks.length > 1 ? timeTicks[1] - timeTicks[0] : span;
    for (const tick of timeTicks) {
      context.fillRect(x(tick), TOP + plotHeight, 1, 4);
      context.fillText(formatTimelineTime(tick, step), Math.min(x(tick) - 8, width - 48), TOP + plotHeight + 6);
    }
    let legendX = LEFT;
    lines.forEach((line, i) => {
      context.strokeStyle = seriesColor(i);
      context.lineWidth = 2;
      context.beginPath();
      line.points.forEach((p, k) => (k === 0 ? context.moveTo(x(p.atMs), y(p.depth)) : context.lineTo(x(p.atMs), y(p.depth))));
      context.stroke();
      if (lines.length <= 8) {
        context.fillStyle = seriesColor(i);
        context.fillRect(legendX, 4, 10, 10);
        context.fillStyle = INK;
        context.fillText(line.name, legendX + 14, 3);
        legendX += 24 + context.measureText(line.name).width;
      }
    });
  });
  const latest = lines.map((line) => line.points.at(-1)?.depth ?? 0).reduce((a, b) => a + b, 0);
  return (
    <canvas
      ref={canvasRef}
      className="chart-canvas depth"
      style={{ height: '180px' }}
      role="img"
      aria-label={`Queue depth over time: at most ${formatCount(maxDepth)} numbers waiting in one queue; ${formatCount(latest)} waiting at the last sample.`}
    />
  );
}
