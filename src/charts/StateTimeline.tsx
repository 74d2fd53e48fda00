import { INK } from '../theme';
import { formatTimelineTime } from '../format';
import { roundStep } from './axes';
import { useCanvas } from './useCanvas';

/** States are small whole numbers below this. */
const MAX_STATES = 16;

/** One lane's log: the times (ascending) at which it entered each state (0 to 15). */
export interface StateLog {
  times: Float64Array;
  states: Uint8Array;
}

/** How states are drawn: a colour per state that fills time, and the state drawn as instant marks. */
export interface StateStyle {
  colors: Readonly<Record<number, string>>;
  /** Logged as an instant (a mark over the lane), not a state the lane stays in. */
  markState: number;
  markColor: string;
}

interface Props {
  logs: readonly StateLog[];
  laneLabel(lane: number): string;
  style: StateStyle;
  /** The visible window, ms since the run started. */
  window: { fromMs: number; toMs: number };
  label: string;
}

const LABEL_WIDTH = 70;
const AXIS_HEIGHT = 18;

/**
 * A lane per thread, coloured by state over time, instants (failed attempts) as ticks. Each pixel
 * column shows the state the lane spent most of that column's time in, so a long run draws in
 * one pass however many state changes it logged; zoom in to see single events.
 */
export function StateTimeline({ logs, laneLabel, style, window: { fromMs, toMs }, label }: Props) {
  const canvasRef = useCanvas((context, width, height) => {
    const lanes = logs.length;
    const plotWidth = Math.max(1, Math.floor(width - LABEL_WIDTH - 8));
    const laneHeight = Math.max(4, (height - AXIS_HEIGHT) / Math.max(1, lanes));
    const span = Math.max(1e-6, toMs - fromMs);
    const msPerPixel = span / plotWidth;

    context.font = '11px system-ui, sans-serif';
    context.textBaseline = 'middle';
    logs.forEach((log, lane) => {
      const top = lane * laneHeight + 1;
      const barHeight = laneHeight - 2;
      context.fillStyle = INK;
      context.fillText(laneLabel(lane), 4, top + barHeight / 2);
      drawLane(context, log, style, fromMs, msPerPixel, plotWidth, top, barHeight);
    });

    context.fillStyle = INK;
    context.textBaseline = 'top';
    const step = roundStep(span / 6);
    for (let t = Math.ceil(fromMs / step) * step; t <= toMs + 1e-9; t += step) {
      const x = LABEL_WIDTH + (t - fromMs) / msPerPixel;
      context.fillRect(x, lanes * laneHeight, 1, 4);
      context.fillText(formatTimelineTime(t, step), Math.min(x - 8, width - 48), lanes * laneHeight + 5);
    }
  });
  const height = Math.min(400, Math.max(90, logs.length * 24 + AXIS_HEIGHT));
  return <canvas ref={canvasRef} className="chart-canvas gil-timeline" style={{ height }} role="img" aria-label={label} />;
}

function drawLane(context: CanvasRenderingContext2D, log: StateLog, style: StateStyle, fromMs: number, msPerPixel: number, plotWidth: number, top: number, barHeight: number) {
  const { states, marks } = laneColumns(log, style.markState, fromMs, msPerPixel, plotWidth);
  states.forEach((state, column) => {
    const color = style.colors[state];
    if (!color) return;
    context.fillStyle = color;
    context.fillRect(LABEL_WIDTH + column, top, 1, barHeight);
  });
  // Instants are drawn over the states.
  context.fillStyle = style.markColor;
  for (const column of marks) context.fillRect(LABEL_WIDTH + column, top, 1, Math.max(3, barHeight * 0.45));
}

/**
 * What a lane shows, column by column from `fromMs`: the state the lane spent most of each
 * column in (-1: before its log starts), and the columns with a mark (`markState`), once each.
 */
export function laneColumns({ times, states }: StateLog, markState: number, fromMs: number, msPerPixel: number, plotWidth: number): { states: Int8Array; marks: number[] } {
  const columnStates = new Int8Array(plotWidth).fill(-1);
  const marks: number[] = [];
  const n = times.length;
  // The last state change at or before the window's start sets the state it opens in (a mark is
  // not a state: step back past those).
  let i = Math.max(0, upperBound(times, fromMs) - 1);
  while (i > 0 && states[i] === markState) i--;
  const timeIn = new Float64Array(MAX_STATES);
  let column = 0;
  let state = -1;
  let at = fromMs;
  const closeColumn = () => {
    let best = -1;
    for (let s = 0; s < timeIn.length; s++) if (timeIn[s] > 0 && (best < 0 || timeIn[s] > timeIn[best])) best = s;
    columnStates[column] = best;
    timeIn.fill(0);
  };
  for (; i <= n && column < plotWidth; i++) {
    const next = i < n ? times[i] : Infinity;
    // Spend [at, next) in `state`, column by column.
    while (column < plotWidth) {
      const columnEnd = fromMs + (column + 1) * msPerPixel;
      const end = Math.min(next, columnEnd);
      if (end > at && state >= 0) timeIn[state] += end - at;
      at = Math.max(at, end);
      if (next < columnEnd) break;
      closeColumn();
      column++;
    }
    if (i === n || column >= plotWidth) break;
    const entry = states[i];
    if (entry === markState) {
      if (times[i] >= fromMs && marks.at(-1) !== column) marks.push(column);
    } else state = entry;
  }
  return { states: columnStates, marks };
}

/** The first index whose time is greater than `t`. */
function upperBound(times: Float64Array, t: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}
