import type { ReactNode } from 'react';

export interface Column<T> {
  title: string;
  cell(row: T, index: number): ReactNode;
}

interface Props<T> {
  /** The table's accessible name, e.g. "Sweep results". */
  label: string;
  caption?: string;
  /** The first column: what each row is (a worker, a chunk size, a kernel). */
  head: { title: string; cell(row: T, index: number): ReactNode };
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T, index: number): string | number;
  className?: string;
}

/** A table of measured rows, each headed by what it measured: every lab's tables look alike. */
export function Table<T>({ label, caption, head, columns, rows, rowKey, className }: Props<T>) {
  return (
    <div className="table-scroll">
      <table className={className} aria-label={label}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{head.title}</th>
            {columns.map((column) => (
              <th key={column.title} scope="col">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              <th scope="row">{head.cell(row, index)}</th>
              {columns.map((column) => (
                <td key={column.title}>{column.cell(row, index)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
