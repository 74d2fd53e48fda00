import { formatDuration } from '../app/parseNumber';
import { linearTicks } from './axes';
import { useCanvas } from './useCanvas';

export interface WorkerTime {
  name: string;
  busyMs: number;
  idleMs: number;
}

const BUSY = '#2b8a3e';
const IDLE = '#ced4da';
const LABEL_WIDTH = 70;
const AXIS_HEIGHT = 34;

/** Busy vs idle time per worker, stacked to the span of the run. Canvas: cheap to redraw live. */
export function WorkerTimeChart({ data }: { data: readonly WorkerTime[] }) {
  const canvasRef = useCanvas((context, width, height) => {
    const plotWidth = width - LABEL_WIDTH - 12;
    const rowHeight = Math.min(28, (height - AXIS_HEIGHT) / Math.max(1, data.length));
    const maxMs = Math.max(1, ...data.map((d) => d.busyMs + d.idleMs));
    const x = (ms: number) => LABEL_WIDTH + (ms / maxMs) * plotWidth;

    context.font = '12px system-ui, sans-serif';
    context.textBaseline = 'middle';
    const labelEvery = Math.ceil(12 / rowHeight);
    data.forEach((d, row) => {
      const top = row * rowHeight;
      context.fillStyle = BUSY;
      context.fillRect(x(0), top + 2, x(d.busyMs) - x(0), rowHeight - 4);
      context.fillStyle = IDLE;
      context.fillRect(x(d.busyMs), top + 2, x(d.busyMs + d.idleMs) - x(d.busyMs), rowHeight - 4);
      if (row % labelEvery === 0) {
        context.fillStyle = '#343a40';
        context.fillText(d.name, 4, top + rowHeight / 2);
      }
    });

    const axisTop = data.length * rowHeight + 2;
    context.fillStyle = '#343a40';
    context.textBaseline = 'top';
    for (const tick of linearTicks(0, maxMs, 4)) {
      context.fillRect(x(tick), axisTop, 1, 4);
      context.fillText(formatDuration(tick), Math.min(x(tick) - 10, width - 56), axisTop + 5);
    }
    // Legend
    const legendTop = axisTop + 20;
    context.fillStyle = BUSY;
    context.fillRect(LABEL_WIDTH, legendTop, 10, 10);
    context.fillStyle = '#343a40';
    context.fillText('busy (computing)', LABEL_WIDTH + 14, legendTop - 1);
    context.fillStyle = IDLE;
    context.fillRect(LABEL_WIDTH + 130, legendTop, 10, 10);
    context.fillStyle = '#343a40';
    context.fillText('idle', LABEL_WIDTH + 144, legendTop - 1);
  });
  const busiest = data.reduce((max, d) => Math.max(max, d.busyMs), 0);
  const laziest = data.reduce((min, d) => Math.min(min, d.busyMs), Infinity);
  return (
    <canvas
      ref={canvasRef}
      className="chart-canvas bars"
      style={{ height: `${Math.min(28, Math.max(6, 200 / Math.max(1, data.length))) * data.length + AXIS_HEIGHT}px` }}
      role="img"
      aria-label={data.length ? `Busy time per worker, from ${formatDuration(laziest)} to ${formatDuration(busiest)}; the rest of the run was idle.` : 'No worker has finished a chunk yet.'}
    />
  );
}
