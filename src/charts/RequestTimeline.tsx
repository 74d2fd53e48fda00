import { INK, REQUEST_COLORS, TRACK } from '../theme';
import { roundStep } from './axes';
import { useCanvas } from './useCanvas';

/** One finished request, in ms after the run started. */
export interface RequestBar {
  row: number;
  sentMs: number;
  servedMs: number;
  answeredMs: number;
  /** The client's CPU work began (null: none). */
  cpuStartMs: number | null;
  doneMs: number;
}

/** A request sent and not done yet: drawn pale up to `spanMs`. */
export interface PendingRequest {
  row: number;
  sentMs: number;
}

interface Props {
  rows: number;
  bars: readonly RequestBar[];
  pending: readonly PendingRequest[];
  spanMs: number;
  label: string;
}

const AXIS_HEIGHT = 18;
const LABEL_WIDTH = 48;

/**
 * A row per request, a bar from sent to done: queued (to and at the server), served (its
 * latency), back (to the client, until it is taken up) and the client's CPU work. Canvas: a
 * run can have thousands of requests.
 */
export function RequestTimeline({ rows, bars, pending, spanMs, label }: Props) {
  const canvasRef = useCanvas((context, width, height) => {
    const plotWidth = width - LABEL_WIDTH - 8;
    const plotHeight = height - AXIS_HEIGHT;
    const rowHeight = plotHeight / Math.max(1, rows);
    const span = Math.max(spanMs, 1e-3);
    const x = (ms: number) => LABEL_WIDTH + (Math.min(Math.max(ms, 0), span) / span) * plotWidth;
    // Rows of a few pixels or more sit on whole pixels, a pixel apart.
    const whole = rowHeight >= 4;
    const top = (row: number) => (whole ? Math.round(row * rowHeight) : row * rowHeight);
    const rowSpan = (row: number) => (whole ? top(row + 1) - top(row) - 1 : Math.max(rowHeight, 0.5));

    context.fillStyle = TRACK;
    context.fillRect(LABEL_WIDTH, 0, plotWidth, plotHeight);
    const segment = (row: number, from: number, to: number, color: string) => {
      if (!(to > from)) return;
      context.fillStyle = color;
      const left = x(from);
      context.fillRect(left, top(row), Math.max(1, x(to) - left), rowSpan(row));
    };
    for (const bar of bars) {
      segment(bar.row, bar.sentMs, bar.servedMs, REQUEST_COLORS.queued);
      segment(bar.row, bar.servedMs, bar.answeredMs, REQUEST_COLORS.served);
      segment(bar.row, bar.answeredMs, bar.cpuStartMs ?? bar.doneMs, REQUEST_COLORS.back);
      if (bar.cpuStartMs !== null) segment(bar.row, bar.cpuStartMs, bar.doneMs, REQUEST_COLORS.cpu);
    }
    context.globalAlpha = 0.35;
    for (const request of pending) segment(request.row, request.sentMs, span, REQUEST_COLORS.served);
    context.globalAlpha = 1;

    context.font = '11px system-ui, sans-serif';
    context.fillStyle = INK;
    context.textBaseline = 'middle';
    const labelEvery = Math.ceil(14 / rowHeight);
    for (let row = 0; row < rows; row += labelEvery) context.fillText(`#${row + 1}`, 4, top(row) + rowHeight / 2);

    context.textBaseline = 'top';
    const step = roundStep(span / 6);
    for (let t = 0; t <= span + 1e-9; t += step) {
      const tickX = x(t);
      context.fillRect(tickX, plotHeight, 1, 4);
      const text = span >= 2000 ? `${(t / 1000).toFixed(step >= 1000 ? 0 : 1)} s` : `${Math.round(t)} ms`;
      context.fillText(text, Math.min(tickX - 8, width - 40), plotHeight + 5);
    }
  });
  // A few rows are 16 px each; many share 160 to 420 px.
  const height = Math.min(420, Math.max(120, Math.min(rows * 16, 420))) + AXIS_HEIGHT;
  return <canvas ref={canvasRef} className="chart-canvas timeline" style={{ height }} role="img" aria-label={label} />;
}
