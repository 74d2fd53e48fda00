import { memo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { CostProfileChart } from '../../charts/CostProfileChart';
import type { CostProfileRun } from './profile';

/** The cost profile: what each sampled number cost to check, primes apart from composites. */
// `version` changes when the run (mutated in place) does: it is what makes the memo redraw.
export const CostProfilePanel = memo(function CostProfilePanel({ run }: { run: CostProfileRun; version: number }) {
  const { profile } = run;
  const primes = profile ? profile.prime.reduce((sum, p) => sum + p, 0) : 0;
  return (
    <section className="sweep" aria-label="Cost profile">
      <h2>Cost profile</h2>
      <p role="status">
        {run.status === 'running'
          ? 'Checking the sampled numbers on a worker…'
          : run.status === 'done' && profile
            ? `${formatCount(profile.numbers.length)} numbers sampled from [${formatCount(run.from)}, ${formatCount(run.to)}), ${formatCount(primes)} of them prime; computed on a worker in ${formatDuration(run.computeMs ?? 0)}.`
            : run.status === 'stopped'
              ? 'Stopped.'
              : `Failed: ${run.error}`}
      </p>
      {profile ? (
        <figure className="sweep-chart">
          <figcaption>Trial divisions per number: even numbers cost one, primes the most (about √n / 2)</figcaption>
          <CostProfileChart {...profile} from={run.from} to={run.to} />
          <p className="how-measured">
            Cost is counted in trial divisions, which the book’s time per check is proportional to: a single check takes
            microseconds, too short for the browser’s clock to time one by one.
          </p>
        </figure>
      ) : null}
    </section>
  );
});
