import type { ReactNode } from 'react';
import type { RunMode } from '../runs/record';
import { workerColor } from '../theme';
import { laneName, laneNoun } from './lanes';

export interface LaneColumn<T> {
  title: string;
  cell(row: T, lane: number): ReactNode;
}

interface Props<T> {
  mode: RunMode;
  rows: readonly T[];
  columns: readonly LaneColumn<T>[];
}

/** A row per lane (worker or thread), named and coloured as the charts name and colour it. */
export function LaneTable<T>({ mode, rows, columns }: Props<T>) {
  const noun = laneNoun(mode);
  return (
    <div className="table-scroll">
      <table className="per-worker" aria-label="Per-worker counts">
        <caption>Per {noun}</caption>
        <thead>
          <tr>
            <th scope="col">{noun === 'worker' ? 'Worker' : 'Thread'}</th>
            {columns.map((column) => (
              <th key={column.title} scope="col">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, lane) => (
            <tr key={lane}>
              <th scope="row">
                <span className="swatch" style={{ background: workerColor(lane) }} aria-hidden="true" /> {laneName(mode, lane)}
              </th>
              {columns.map((column) => (
                <td key={column.title}>{column.cell(row, lane)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
