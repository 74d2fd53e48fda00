import type { ReactNode } from 'react';

export interface ResultRow {
  term: string;
  value: ReactNode;
  /** For tests that read one value. */
  testId?: string;
}

interface Props {
  stopped: boolean;
  /** Said first, e.g. that nothing was measured. */
  notice?: ReactNode;
  /** Large figures above the rows (the GIL lab's ratios). */
  headline?: ReactNode;
  rows: readonly (ResultRow | null | false)[];
  /** How the figures were measured, in a sentence or two. */
  howMeasured: ReactNode;
  /** More after the rows (a lesson note). */
  children?: ReactNode;
  exports: ReactNode;
}

/** A finished (or stopped) task's outcome, stated in words and numbers, the same way in every lab. */
export function ResultSection({ stopped, notice, headline, rows, howMeasured, children, exports }: Props) {
  return (
    <section className="result" role="region" aria-label="Result">
      <h2>Result{stopped ? ' (stopped early)' : ''}</h2>
      {notice ? <p>{notice}</p> : null}
      {headline}
      <dl>
        {rows
          .filter((row): row is ResultRow => Boolean(row))
          .map((row) => [
            <dt key={`${row.term}-term`}>{row.term}</dt>,
            <dd key={`${row.term}-value`} data-testid={row.testId}>
              {row.value}
            </dd>,
          ])}
      </dl>
      {children}
      <p className="how-measured">{howMeasured}</p>
      {exports}
    </section>
  );
}
