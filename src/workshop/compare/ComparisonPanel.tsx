import { useMemo, useState } from 'react';
import { SelectField } from '../../lab/Field';
import type { KeptRun } from '../kept/runStore';
import { runLabel } from '../kept/machine';
import { groupTitle, origin } from './names';
import { Overlay } from './Overlay';

/** Most runs overlaid at once: more lines than this cannot be told apart. */
export const MAX_COMPARED = 8;

interface Group {
  key: string;
  experiment: string;
  kind: string;
  runs: KeptRun[];
}

/** Runs of one lab and kind, chosen from the kept ones, drawn over one another. */
export function ComparisonPanel({ runs }: { runs: readonly KeptRun[] }) {
  const groups = useMemo(() => groupRuns(runs), [runs]);
  const [groupKey, setGroupKey] = useState<string | null>(null);
  const group = groups.find((g) => g.key === groupKey) ?? groups[0] ?? null;
  // Unticked runs, by id: a new run is ticked until someone unticks it.
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());

  if (!group) return <p>Nothing to compare yet: finish a run in a lab, or import runs.</p>;
  const newest = group.runs.slice(-MAX_COMPARED);
  const chosen = newest.filter((run) => !unticked.has(run.id));
  const toggle = (id: number, on: boolean) =>
    setUnticked((set) => {
      const next = new Set(set);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <SelectField
        label="Runs of"
        value={group.key}
        options={groups.map((g) => ({ value: g.key, label: `${groupTitle(g.experiment, g.kind)} (${g.runs.length})` }))}
        onChange={setGroupKey}
        hint={group.runs.length > MAX_COMPARED ? `The newest ${MAX_COMPARED} of ${group.runs.length}.` : undefined}
      />
      <fieldset className="compared">
        <legend>Compared</legend>
        {newest.map((run) => (
          <label key={run.id} className="field checkbox">
            <input type="checkbox" checked={!unticked.has(run.id)} onChange={(event) => toggle(run.id, event.target.checked)} />
            <span>
              {runLabel(run.task.environment)} ({origin(run)})
            </span>
          </label>
        ))}
      </fieldset>
      {chosen.length > 0 ? <Overlay kind={group.kind} runs={chosen} /> : <p>Tick at least one run to draw it.</p>}
    </>
  );
}

function groupRuns(runs: readonly KeptRun[]): Group[] {
  const groups = new Map<string, Group>();
  for (const run of runs) {
    const { experiment, kind } = run.task;
    const key = `${experiment}/${kind}`;
    const group = groups.get(key) ?? { key, experiment, kind, runs: [] };
    group.runs.push(run);
    groups.set(key, group);
  }
  // The groups most runs were kept of first: what a room compares.
  return [...groups.values()].sort((a, b) => b.runs.length - a.runs.length || a.key.localeCompare(b.key));
}
