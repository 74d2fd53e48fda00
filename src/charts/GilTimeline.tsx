import { INK } from '../theme';
import { formatTimelineTime } from '../format';
import { STATE } from '../gil/shared';
import type { ThreadLog } from '../gil/readStats';
import { roundStep } from './axes';
import { useCanvas } from './useCanvas';

export const STATE_COLORS: Record<number, string> = {
  [STATE.RUNNING]: '#2b8a3e',
  [STATE.WAITING]: '#e9ecef',
  [STATE.IO]: '#1c7ed6',
  [STATE.GIL_FREE]: '#63e6be',
};
export const FAILED_ATTEMPT_COLOR = '#e03131';

interface Props {
  logs: readonly ThreadLog[];
  /** The visible window, ms since the run started. */
  fromMs: number;
  toMs: number;
  label: string;
}

const LABEL_WIDTH = 70;
const AXIS_HEIGHT = 18;

/**
 * A lane per thread, coloured by state over time, failed attempts as red ticks. Each pixel
 * column shows the state the thread spent most of that column's time in, so a long run draws
 * in one pass however many state changes it logged; zoom in to see single hand-offs.
 */
export function GilTimeline({ logs, fromMs, toMs, label }: Props) {
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
      context.fillText(`thread ${lane + 1}`, 4, top + barHeight / 2);
      drawLane(context, log, fromMs, msPerPixel, plotWidth, top, barHeight);
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

function drawLane(context: CanvasRenderingContext2D, log: ThreadLog, fromMs: number, msPerPixel: number, plotWidth: number, top: number, barHeight: number) {
  const { states, marks } = laneColumns(log, fromMs, msPerPixel, plotWidth);
  states.forEach((state, column) => {
    const color = STATE_COLORS[state];
    if (!color) return;
    context.fillStyle = color;
    context.fillRect(LABEL_WIDTH + column, top, 1, barHeight);
  });
  // Failed attempts are drawn over the states.
  context.fillStyle = FAILED_ATTEMPT_COLOR;
  for (const column of marks) context.fillRect(LABEL_WIDTH + column, top, 1, Math.max(3, barHeight * 0.45));
}

/**
 * What a lane shows, column by column from `fromMs`: the state the thread spent most of each
 * column in (-1: none, e.g. done), and the columns with a failed attempt, once each.
 */
export function laneColumns({ times, states }: ThreadLog, fromMs: number, msPerPixel: number, plotWidth: number): { states: Int8Array; marks: number[] } {
  const columnStates = new Int8Array(plotWidth).fill(-1);
  const marks: number[] = [];
  const n = times.length;
  // The last state change at or before the window's start sets the state it opens in (a failed
  // attempt is a mark, not a state: step back past those).
  let i = Math.max(0, upperBound(times, fromMs) - 1);
  while (i > 0 && states[i] === STATE.FAILED_ATTEMPT) i--;
  const timeIn = new Float64Array(8);
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
    if (entry === STATE.FAILED_ATTEMPT) {
      if (times[i] >= fromMs && marks.at(-1) !== column) marks.push(column);
    } else state = entry === STATE.DONE ? -1 : entry;
  }
  return { states: columnStates, marks };
}

/**
 * A time on the timeline with as many decimals as `stepMs` (the axis step, or the precision a
 * label needs) calls for: zoomed in, steps are fractions of a millisecond, even late in a run.
 */

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
