import { memo, useMemo } from 'react';
import { amdahlSpeedup, fitSerialShare } from '../../analysis/amdahl';
import { formatCompact, formatDuration } from '../../format';
import { SpeedupChart, WallTimeChart, type SpeedupPoint } from '../../charts/SpeedupChart';
import type { PiSweep } from './sweep';
import { logicalCores } from '../../platform';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { exportTask } from '../../runs/exportFormat';
import { piExport } from './export';

/**
 * The sweep's measured points: wall time, speed-up, the ideal line and the fitted Amdahl curve.
 * Memoised: it redraws when its sweep changes, not with every repaint of an unrelated run.
 */
export const SweepPanel = memo(function SweepPanel({ sweep, version }: { sweep: PiSweep; version: string }) {
  const cores = logicalCores();
  const { chart, wallTimes, serialShare, oneWorkerMs } = useMemo(() => {
    const points = sweep.points;
    const one = points.find((p) => p.workers === 1)?.wallMs ?? null;
    const share = fitSerialShare(points, cores);
    const chartPoints: SpeedupPoint[] = [];
    for (let w = 1; w <= Math.max(...sweep.steps); w++) {
      const measured = points.find((p) => p.workers === w);
      chartPoints.push({
        workers: w,
        ideal: w,
        speedup: measured && one !== null ? one / measured.wallMs : undefined,
        // Beyond the core count, extra workers take turns: the curve flattens there.
        amdahl: share === null ? undefined : amdahlSpeedup(share, Math.min(w, cores)),
      });
    }
    // Copies: the chart library freezes the arrays it is given, and the sweep keeps appending.
    const wallPoints = points.map(({ workers, wallMs, startUpMs }) => ({ workers, wallMs, startUpMs }));
    return { chart: chartPoints, wallTimes: wallPoints, serialShare: share, oneWorkerMs: one };
  }, [sweep, version, cores]);

  const done = sweep.points.length;
  const total = sweep.steps.length;
  return (
    <section className="sweep" aria-label="Worker sweep">
      <h2>Worker sweep</h2>
      <p role="status">
        {sweep.status === 'running'
          ? `Measuring ${sweep.steps[done]} ${sweep.steps[done] === 1 ? 'worker' : 'workers'} (${done + 1} of ${total})…`
          : sweep.status === 'done'
            ? `Done: ${total} worker counts, the same ${formatCompact(sweep.current?.totalItems ?? 0)} samples and seed ${sweep.seed} each time.`
            : sweep.status === 'stopped'
              ? `Stopped after ${done} of ${total} worker counts.`
              : `Failed: ${sweep.error}`}
      </p>
      <progress aria-label="Sweep progress" max={total} value={done} />
      {serialShare !== null ? (
        <p className="fit">
          Amdahl fit to all points, counting at most {cores} workers as running at once (this machine’s logical
          cores): serial share <strong>{(serialShare * 100).toFixed(1)} %</strong>, so at most{' '}
          {serialShare > 0.001 ? `${(1 / serialShare).toFixed(serialShare > 0.1 ? 1 : 0)}×` : 'unbounded'} speed-up on any number of cores.
          Start-up (spawn and warm-up) is not part of it: it is measured apart.
        </p>
      ) : null}
      <div className="charts">
        <figure>
          <figcaption>Speed-up against one worker</figcaption>
          {oneWorkerMs === null ? <p>Appears once the one-worker run is measured.</p> : <SpeedupChart data={chart} cores={cores} />}
        </figure>
        <figure>
          <figcaption>Wall time, with start-up (spawn + warm-up) shown apart</figcaption>
          <WallTimeChart data={wallTimes} />
        </figure>
      </div>
      <ExportButtons exportTask={() => exportTask('pi', sweep, piExport)} laneName={(lane) => laneName('workers', lane)} />
      <div className="table-scroll">
        <table aria-label="Sweep results">
          <thead>
            <tr>
              <th scope="col">Workers</th>
              <th scope="col">Wall time</th>
              <th scope="col">Speed-up</th>
              <th scope="col">Efficiency</th>
              <th scope="col">Samples per second</th>
              <th scope="col">Start-up (spawn + warm-up)</th>
              <th scope="col">Estimate</th>
            </tr>
          </thead>
          <tbody>
            {sweep.points.map((p) => {
              const speedup = oneWorkerMs === null ? null : oneWorkerMs / p.wallMs;
              return (
                <tr key={p.workers}>
                  <th scope="row">{p.workers}</th>
                  <td>{formatDuration(p.wallMs)}</td>
                  <td>{speedup === null ? '–' : `${speedup.toFixed(2)}×`}</td>
                  <td>{speedup === null ? '–' : `${((speedup / p.workers) * 100).toFixed(0)} %`}</td>
                  <td>{formatCompact(p.samplesPerSecond)}</td>
                  <td>{formatDuration(p.startUpMs)}</td>
                  <td>{p.estimate.toFixed(6)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
