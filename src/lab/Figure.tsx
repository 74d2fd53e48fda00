import type { ReactNode } from 'react';

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
