import { memo, useMemo } from 'react';
import { amdahlSpeedup, fitSerialShare } from '../../analysis/amdahl';
import { formatCompact, formatDuration } from '../../format';
import { SpeedupChart, WallTimeChart, type SpeedupPoint } from '../../charts/SpeedupChart';
import type { PiSweep, SweepPoint } from './sweep';
import { SeriesStatus } from '../../lab/SeriesStatus';
import { Table, type Column } from '../../lab/Table';
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

  const total = sweep.steps.length;
  return (
    <section className="sweep" aria-label="Worker sweep">
      <h2>Worker sweep</h2>
      <SeriesStatus
        series={sweep}
        stepName={(workers) => `${workers} ${workers === 1 ? 'worker' : 'workers'}`}
        done={`Done: ${total} worker counts, the same ${formatCompact(sweep.current?.totalItems ?? 0)} samples and seed ${sweep.seed} each time.`}
        steps="worker counts"
      />
      <progress aria-label="Sweep progress" max={total} value={sweep.points.length} />
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
      <Table
        label="Sweep results"
        head={{ title: 'Workers', cell: (p) => p.workers }}
        columns={SWEEP_COLUMNS(oneWorkerMs)}
        rows={sweep.points}
        rowKey={(p) => p.workers}
      />
    </section>
  );
});

function SWEEP_COLUMNS(oneWorkerMs: number | null): Column<SweepPoint>[] {
  const speedup = (p: SweepPoint) => (oneWorkerMs === null ? null : oneWorkerMs / p.wallMs);
  return [
    { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
    { title: 'Speed-up', cell: (p) => (speedup(p) === null ? '–' : `${speedup(p)!.toFixed(2)}×`) },
    { title: 'Efficiency', cell: (p) => (speedup(p) === null ? '–' : `${((speedup(p)! / p.workers) * 100).toFixed(0)} %`) },
    { title: 'Samples per second', cell: (p) => formatCompact(p.samplesPerSecond) },
    { title: 'Start-up (spawn + warm-up)', cell: (p) => formatDuration(p.startUpMs) },
    { title: 'Estimate', cell: (p) => p.estimate.toFixed(6) },
  ];
}
