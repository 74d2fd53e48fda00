import { BUSY, IDLE, INK, WAITING_FOR_WORK } from '../theme';
import { formatDuration } from '../format';
import { linearTicks } from './axes';
import { useCanvas } from './useCanvas';

export interface WorkerTime {
  name: string;
  busyMs: number;
  /** Everything not busy, including waitingMs. */
  idleMs: number;
  /** Drawn apart when given: the part of the idle time spent waiting for the next chunk. */
  waitingMs?: number;
}

const LABEL_WIDTH = 70;
const AXIS_HEIGHT = 20;

/** Busy vs idle time per worker, stacked to the span of the run. Canvas: cheap to redraw live. */
export function WorkerTimeChart({ data }: { data: readonly WorkerTime[] }) {
  const showsWaiting = data.some((d) => d.waitingMs !== undefined);
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
      const waitingMs = d.waitingMs ?? 0;
      context.fillStyle = WAITING_FOR_WORK;
      context.fillRect(x(d.busyMs), top + 2, x(d.busyMs + waitingMs) - x(d.busyMs), rowHeight - 4);
      context.fillStyle = IDLE;
      context.fillRect(x(d.busyMs + waitingMs), top + 2, x(d.busyMs + d.idleMs) - x(d.busyMs + waitingMs), rowHeight - 4);
      if (row % labelEvery === 0) {
        context.fillStyle = INK;
        context.fillText(d.name, 4, top + rowHeight / 2);
      }
    });

    const axisTop = data.length * rowHeight + 2;
    context.fillStyle = INK;
    context.textBaseline = 'top';
    for (const tick of linearTicks(0, maxMs, 4)) {
      context.fillRect(x(tick), axisTop, 1, 4);
      context.fillText(formatDuration(tick), Math.min(x(tick) - 10, width - 56), axisTop + 5);
    }
  });
  const busiest = data.reduce((max, d) => Math.max(max, d.busyMs), 0);
  const laziest = data.reduce((min, d) => Math.min(min, d.busyMs), Infinity);
  const legend: [string, string][] = showsWaiting
    ? [
        [BUSY, 'busy (computing)'],
        [WAITING_FOR_WORK, 'waiting for work'],
        [IDLE, 'idle (nothing left)'],
      ]
    : [
        [BUSY, 'busy (computing)'],
        [IDLE, 'idle'],
      ];
  return (
    <>
      <canvas
        ref={canvasRef}
        className="chart-canvas bars"
        style={{ height: `${Math.min(28, Math.max(6, 200 / Math.max(1, data.length))) * data.length + AXIS_HEIGHT}px` }}
        role="img"
        aria-label={
          data.length
            ? `Busy time per worker, from ${formatDuration(laziest)} to ${formatDuration(busiest)}; the rest of the run was idle.`
            : 'No worker has finished a chunk yet.'
        }
      />
      {/* The legend never changes: HTML, drawn once, not text on the canvas redrawn with every repaint. */}
      <p className="chart-legend" aria-hidden="true">
        {legend.map(([color, text]) => (
          <span key={text} className="legend-item">
            <span className="swatch" style={{ background: color }} /> {text}
          </span>
        ))}
      </p>
    </>
  );
}
