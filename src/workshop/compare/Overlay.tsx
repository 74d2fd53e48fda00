import { CurvesChart, GroupedBarsChart, type Curve } from '../../charts/CompareCharts';
import { formatCount, formatDuration } from '../../format';
import { Table, type Column } from '../../lab/Table';
import { runLabel } from '../kept/machine';
import type { KeptRun } from '../kept/runStore';
import { origin } from './names';
import { gilRatios, speedupCurve, totalWallMs, wallTimes } from './overlays';

const times = (value: number) => `${value.toFixed(2)}×`;
const label = (run: KeptRun) => runLabel(run.task.environment);
const head = { title: 'Run', cell: (run: KeptRun) => `${label(run)} (${origin(run)})` };

/** The chosen runs of one kind, drawn over one another, with a table of what each measured. */
export function Overlay({ kind, runs }: { kind: string; runs: readonly KeptRun[] }) {
  if (kind === 'workers') return <SpeedupOverlay runs={runs} />;
  if (kind === 'chunkSize' || kind === 'chunkCount') return <ChunkOverlay kind={kind} runs={runs} />;
  if (kind === 'gil') return <GilOverlay runs={runs} />;
  return (
    <Figure caption="Wall time of each task (all its runs together)">
      <GroupedBarsChart
        rows={runs.map((run) => ({ label: label(run), wallMs: totalWallMs(run.task) }))}
        series={[{ key: 'wallMs', name: 'wall time' }]}
        format={formatDuration}
      />
      <Table
        label="Compared runs"
        head={head}
        columns={[{ title: 'Wall time', cell: (run) => formatDuration(totalWallMs(run.task)) }]}
        rows={runs}
        rowKey={(run) => run.id}
      />
    </Figure>
  );
}

function Figure({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <figure className="comparison">
      <figcaption>{caption}</figcaption>
      {children}
    </figure>
  );
}

function SpeedupOverlay({ runs }: { runs: readonly KeptRun[] }) {
  const measured = runs.map((run) => ({ run, curve: speedupCurve(run.task) }));
  const curves: Curve[] = measured.flatMap(({ run, curve }) =>
    curve ? [{ name: label(run), points: curve.measured, model: curve.fit.length > 0 ? curve.fit : undefined }] : [],
  );
  const top = Math.max(1, ...curves.flatMap((c) => c.points.map((p) => p.x)));
  const curveOf = (run: KeptRun) => measured.find((m) => m.run === run)?.curve ?? null;
  const atCores = (run: KeptRun) => {
    const curve = curveOf(run);
    return curve?.atCores != null ? `${times(curve.atCores)} (W = ${curve.cores})` : `not measured (W = ${run.task.environment.logicalCores})`;
  };
  const columns: Column<KeptRun>[] = [
    {
      title: 'Worker counts',
      cell: (run) =>
        curveOf(run)
          ?.measured.map((p) => p.x)
          .join(', ') ?? '–',
    },
    { title: 'Speed-up at W = cores', cell: (run) => atCores(run) },
    { title: 'Serial share (Amdahl fit)', cell: (run) => share(curveOf(run)?.serialShare ?? null) },
  ];
  return (
    <Figure caption="Speed-up against one worker, each run with its Amdahl fit (dashed, up to its machine’s cores)">
      <CurvesChart
        curves={curves}
        xLabel="workers"
        yLabel="speed-up"
        formatY={times}
        reference={{ name: 'ideal (linear)', points: Array.from({ length: top }, (_, i) => ({ x: i + 1, y: i + 1 })) }}
      />
      <Table label="Compared runs" head={head} columns={columns} rows={runs} rowKey={(run) => run.id} />
    </Figure>
  );
}

function ChunkOverlay({ kind, runs }: { kind: 'chunkSize' | 'chunkCount'; runs: readonly KeptRun[] }) {
  const bySize = kind === 'chunkSize';
  const curves = runs.map((run) => ({ name: label(run), points: wallTimes(run.task, 'x') }));
  const columns: Column<KeptRun>[] = [
    { title: 'Runs', cell: (run) => formatCount(run.task.points.length) },
    {
      title: bySize ? 'Fastest chunk size' : 'Fastest chunk count',
      cell: (run) => {
        const points = wallTimes(run.task, 'x');
        const best = points.reduce<(typeof points)[number] | null>((a, p) => (!a || p.y < a.y ? p : a), null);
        return best ? `${formatCount(best.x)} (${formatDuration(best.y)})` : '–';
      },
    },
    { title: 'Workers', cell: (run) => formatCount(run.task.runs[0]?.workers ?? 0) },
  ];
  return (
    <Figure caption={bySize ? 'Wall time against chunk size, log scales' : 'Wall time against the number of chunks'}>
      <CurvesChart
        curves={curves}
        xLabel={bySize ? 'chunk size (numbers per chunk)' : 'number of chunks'}
        yLabel="wall time"
        formatY={formatDuration}
        log={bySize}
      />
      <Table label="Compared runs" head={head} columns={columns} rows={runs} rowKey={(run) => run.id} />
    </Figure>
  );
}

function GilOverlay({ runs }: { runs: readonly KeptRun[] }) {
  const rows = runs.flatMap((run) => {
    const ratios = gilRatios(run.task);
    return ratios ? [{ run, ratios }] : [];
  });
  const ratiosOf = (run: KeptRun) => rows.find((row) => row.run === run)?.ratios ?? null;
  return (
    <Figure caption="The threads’ time as a multiple of one thread doing all the work, and of free workers (processes)">
      <GroupedBarsChart
        rows={rows.map(({ run, ratios }) => ({ label: label(run), oneThread: ratios.oneThread, processes: ratios.processes }))}
        series={[
          { key: 'oneThread', name: '× one thread' },
          { key: 'processes', name: '× processes' },
        ]}
        format={times}
      />
      <Table
        label="Compared runs"
        head={head}
        columns={[
          { title: 'Settings', cell: (run) => ratiosOf(run)?.settings ?? '–' },
          { title: '× one thread', cell: (run) => (ratiosOf(run) ? times(ratiosOf(run)!.oneThread) : '–') },
          { title: '× processes', cell: (run) => (ratiosOf(run) ? times(ratiosOf(run)!.processes) : '–') },
        ]}
        rows={runs}
        rowKey={(run) => run.id}
      />
    </Figure>
  );
}

function share(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)} %`;
}
