import type { RunMode } from '../runs/record';
import { workerColor } from '../theme';
import { laneName, laneNoun } from './lanes';
import { Table, type Column } from './Table';

/** A row per lane (worker or thread), named and coloured as the charts name and colour it. */
export function LaneTable<T>({ mode, rows, columns }: { mode: RunMode; rows: readonly T[]; columns: readonly Column<T>[] }) {
  const noun = laneNoun(mode);
  return (
    <Table
      className="per-worker"
      label="Per-worker counts"
      caption={`Per ${noun}`}
      head={{
        title: noun === 'worker' ? 'Worker' : 'Thread',
        cell: (_, lane) => (
          <>
            <span className="swatch" style={{ background: workerColor(lane) }} aria-hidden="true" /> {laneName(mode, lane)}
          </>
        ),
      }}
      columns={columns}
      rows={rows}
      rowKey={(_, lane) => lane}
    />
  );
}

export type { Column as LaneColumn };
