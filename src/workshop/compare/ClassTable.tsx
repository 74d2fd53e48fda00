import { Fragment } from 'react';
import { runLabel } from '../kept/machine';
import type { KeptRun } from '../kept/runStore';
import { classGroups } from './classTable';

const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);

/** The room's imported worker sweeps by core count: each machine's speed-up at W = its cores. */
export function ClassTable({ runs }: { runs: readonly KeptRun[] }) {
  const groups = classGroups(runs);
  return (
    <section aria-label="Class table">
      <h2>Class table</h2>
      {groups.length === 0 ? (
        <p>
          Import the room’s worker sweeps to see them here, grouped by core count: each person runs Sweep workers in the Monte Carlo pi lab (with their core
          count among the worker counts), presses Export JSON and sends the leader the file.
        </p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Imported worker sweeps by core count">
            <thead>
              <tr>
                <th scope="col">Machine</th>
                <th scope="col">File</th>
                <th scope="col">Worker counts</th>
                <th scope="col">Speed-up at W = cores</th>
                <th scope="col">Serial share (Amdahl fit)</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <Fragment key={group.cores}>
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={5}>
                      {group.cores} logical {group.cores === 1 ? 'core' : 'cores'}: {group.rows.length} {group.rows.length === 1 ? 'machine' : 'machines'}
                      {group.median !== null ? `, median speed-up ${times(group.median)}` : ''}
                    </th>
                  </tr>
                  {group.rows.map((row) => (
                    <tr key={row.run.id}>
                      <th scope="row">{runLabel(row.run.task.environment)}</th>
                      <td>{row.run.file}</td>
                      <td>{row.workerCounts.join(', ')}</td>
                      <td>{row.speedup === null ? `not measured (W = ${group.cores})` : times(row.speedup)}</td>
                      <td>{row.serialShare === null ? '–' : `${(row.serialShare * 100).toFixed(1)} %`}</td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
