import type { ReactNode } from 'react';
import { formatDuration } from '../format';

/** One live figure: a label, a large value, and an optional note under it. */
export function Figure({ label, value, note }: { label: string; value: ReactNode; note?: string }) {
  return (
    <div className="figure">
      <div className="figure-label">{label}</div>
      <div className="figure-value">{value}</div>
      {note ? <div className="figure-note">{note}</div> : null}
    </div>
  );
}

/** The workers' start-up, shown apart because it is kept out of the run's timings. */
export function StartUpFigure({ spawnMs, warmUpMs }: { spawnMs: number | null; warmUpMs: number | null }) {
  return (
    <Figure
      label="Start-up"
      value={spawnMs === null ? 'starting…' : formatDuration(spawnMs + (warmUpMs ?? 0))}
      note={
        spawnMs === null
          ? 'starting the workers'
          : `${formatDuration(spawnMs)} spawn + ${warmUpMs === null ? '…' : formatDuration(warmUpMs)} warm-up; not in the timings`
      }
    />
  );
}
