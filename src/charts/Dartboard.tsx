import { useRef } from 'react';
import { useCanvas } from './useCanvas';
import { NEUTRAL, workerColor } from '../theme';

export interface DartGroup {
  worker: number;
  /** x, y pairs in the unit square. */
  points: Float32Array;
}

interface Props {
  groups: readonly DartGroup[];
  /** Summary for screen readers, e.g. "3,200 sampled darts from 4 workers". */
  label: string;
}

/** The unit square with its quarter circle, and a sample of darts coloured by worker. */
export function Dartboard({ groups, label }: Props) {
  // Groups drawn on the canvas as it is now: a new group adds its darts, nothing is redrawn.
  const drawn = useRef(0);
  const canvasRef = useCanvas(
    (context, width, height, cleared) => {
      const size = Math.min(width, height) - 8;
      const left = (width - size) / 2;
      const top = (height - size) / 2;
      if (cleared || drawn.current > groups.length) {
        context.clearRect(0, 0, width, height);
        drawn.current = 0;
        context.strokeStyle = NEUTRAL;
        context.lineWidth = 1;
        context.strokeRect(left, top, size, size);
        context.beginPath();
        context.arc(left, top + size, size, -Math.PI / 2, 0);
        context.stroke();
      }
      for (const group of groups.slice(drawn.current)) {
        context.fillStyle = workerColor(group.worker);
        const points = group.points;
        for (let i = 0; i < points.length; i += 2) {
          context.fillRect(left + points[i] * size - 1, top + size - points[i + 1] * size - 1, 2, 2);
        }
      }
      drawn.current = groups.length;
    },
    // Groups only grow during a run, and each run gets a fresh board: draw when one arrives.
    groups.length,
    { keep: true },
  );
  return <canvas ref={canvasRef} className="chart-canvas square" role="img" aria-label={label} />;
}
