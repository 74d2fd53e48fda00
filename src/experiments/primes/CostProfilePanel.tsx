import { memo } from 'react';
import { formatCount, formatDuration } from '../../format';
import { CostProfileChart } from '../../charts/CostProfileChart';
import type { ProfileTask } from './profile';

/** The cost profile: what each sampled number cost to check, primes apart from composites. */
// `version` changes when the task (mutated in place) does: it is what makes the memo redraw.
export const CostProfilePanel = memo(function CostProfilePanel({ task }: { task: ProfileTask; version: string }) {
  const { settings: run, events } = task.current ?? { settings: task.steps[0], events: [] };
  const profile = events[0]?.result ?? null;
  const computeMs = events[0] ? events[0].endMs - events[0].startMs : 0;
  const primes = profile ? profile.prime.reduce((sum, p) => sum + p, 0) : 0;
  return (
    <section className="sweep" aria-label="Cost profile">
      <h2>Cost profile</h2>
      <p role="status">
        {task.status === 'running'
          ? 'Checking the sampled numbers on a worker…'
          : task.status === 'done' && profile
            ? `${formatCount(profile.numbers.length)} numbers sampled from [${formatCount(run.from)}, ${formatCount(run.to)}), ${formatCount(primes)} of them prime; computed on a worker in ${formatDuration(computeMs)}.`
            : task.status === 'stopped'
              ? 'Stopped.'
              : `Failed: ${task.error}`}
      </p>
      {profile ? (
        <figure className="sweep-chart">
          <figcaption>Trial divisions per number: even numbers cost one, primes the most (about √n / 2)</figcaption>
          <CostProfileChart {...profile} from={run.from} to={run.to} />
          <p className="how-measured">
            Cost is counted in trial divisions, which the book’s time per check is proportional to: a single check takes microseconds, too short for the
            browser’s clock to time one by one.
          </p>
        </figure>
      ) : null}
    </section>
  );
});
