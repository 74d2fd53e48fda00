// The Kernel choice (JavaScript, WebAssembly, WebAssembly SIMD) and its lesson: the same work
// run by each kernel in turn, its speed per worker measured, and stated as a ratio to JavaScript,
// as the book states numpy's to pure Python.
import { memo, useMemo } from 'react';
import { BarsChart } from '../charts/SweepCharts';
import { formatCompact, formatDuration } from '../format';
import { KERNEL_LABELS, type KernelName } from '../kernels/kernelNames';
import type { Job } from '../pool/job';
import type { ExportDescription } from '../runs/exportFormat';
import type { RunRecord } from '../runs/record';
import type { TaskRunner } from '../runs/live';
import { newSeries, runSeries, type Series } from '../runs/series';
import { SIMD_UNAVAILABLE } from './kernelRules';
import type { FieldSpec, Option } from './settings';
import { FieldGroup } from './LabPage';
import type { Lab } from './useLab';
import { SeriesStatus } from './SeriesStatus';
import { Table } from './Table';

export { SIMD_UNAVAILABLE };

export function kernelOptions(kernels: readonly KernelName[]): Option<KernelName>[] {
  return kernels.map((value) => ({
    value,
    label: KERNEL_LABELS[value],
    unavailable: value === 'simd' ? ({ wasmSimd }) => (wasmSimd ? null : SIMD_UNAVAILABLE) : undefined,
  }));
}

/** The Kernel field; `what` says what the kernels compute, for its hint. */
export function kernelField<F extends { kernel: string }, P>(kernels: readonly KernelName[], what: string): FieldSpec<F, P> {
  const field = {
    kind: 'choice',
    key: 'kernel',
    label: 'Kernel',
    link: 'kernel',
    options: kernelOptions(kernels),
    hint: `How each worker ${what}: plain JavaScript, or the same algorithm compiled to WebAssembly${kernels.includes('simd') ? ' (with SIMD: four streams of darts a lane)' : ''}, exactly the same results. Compare kernels measures each one here.`,
  } as const;
  // TypeScript cannot see that 'kernel' is a string field of every F with one.
  return field as unknown as FieldSpec<F, P>;
}

/** The Kernels fieldset: the Kernel field sits with the run's settings; this holds the comparison. */
export function KernelsGroup<F, P, T>({ lab, onCompare }: { lab: Lab<F, P, T>; onCompare(): void }) {
  return (
    <FieldGroup lab={lab} legend="Kernels">
      <p className="field-hint">The run’s settings with each kernel in turn, JavaScript first:</p>
      <button type="button" onClick={onCompare} disabled={lab.busy}>
        Compare kernels
      </button>
    </FieldGroup>
  );
}

export interface KernelPoint {
  kernel: KernelName;
  wallMs: number;
  /** Items (darts, numbers) per second per worker: the kernel's own speed. */
  perWorkerPerSecond: number;
  workers: number;
}

export type KernelComparison<Rec> = Series<KernelName, Rec, KernelPoint>;

/** The same settings run with each kernel in turn, on fresh workers. */
export function newKernelComparison<K extends KernelName, C, R, Rec extends RunRecord<unknown, R>>(
  kernels: readonly K[],
  prepare: (kernel: K) => { record: Rec; job: Job<C, R> },
): { task: KernelComparison<Rec>; run: TaskRunner<KernelComparison<Rec>>; slot: string } {
  const task = newSeries<KernelName, Rec, KernelPoint>('kernels', kernels);
  const toPoint = (kernel: KernelName, record: Rec): KernelPoint => {
    const wallMs = record.wallMs ?? NaN;
    return { kernel, wallMs, workers: record.workers, perWorkerPerSecond: (record.totalItems / record.workers / wallMs) * 1000 };
  };
  // The steps are the kernels given: K.
  return { task, slot: 'kernels', run: (state, context) => runSeries(state, { prepare: (kernel) => prepare(kernel as K), toPoint }, context) };
}

/** How a lab states a kernel comparison in an export: its runs as the lab states them, a point per kernel. */
export function kernelComparisonExport<Rec, R>(describe: Pick<ExportDescription<Rec, R, unknown>, 'event' | 'run'>): ExportDescription<Rec, R, KernelPoint> {
  return { event: describe.event, run: describe.run, point: (point) => ({ ...point }) };
}

/** Each kernel's speed over JavaScript's, measured in the same comparison. */
export function kernelRatios(points: readonly KernelPoint[]): Map<KernelName, number> {
  const js = points.find((p) => p.kernel === 'js');
  return new Map(js ? points.map((p) => [p.kernel, p.perWorkerPerSecond / js.perWorkerPerSecond]) : []);
}

/** "WebAssembly SIMD ran 2.05× as fast as JavaScript here" for a kernel measured in a comparison, else null. */
export function kernelLesson(kernel: KernelName, comparison: KernelComparison<unknown> | null, items: string): string | null {
  const ratio = comparison ? kernelRatios(comparison.points).get(kernel) : undefined;
  if (kernel === 'js' || ratio === undefined) return null;
  return `${KERNEL_LABELS[kernel]} ${items} ${ratio.toFixed(2)}× as fast as JavaScript on this machine (Compare kernels, same settings).`;
}

interface PanelProps {
  comparison: KernelComparison<unknown>;
  version: string;
  /** What a kernel processes, e.g. "darts". */
  items: string;
  /** The lesson beside the measurement: the book's figure for the same idea. */
  lesson: string;
}

/** A kernel comparison's bars, table and lesson. Memoised: it redraws when its comparison gains a point. */
export const KernelComparisonPanel = memo(function KernelComparisonPanel({ comparison, items, lesson }: PanelProps) {
  const points = useMemo(() => [...comparison.points], [comparison, comparison.points.length]);
  const ratios = kernelRatios(points);
  const fastest = [...ratios.entries()].sort((a, b) => b[1] - a[1])[0];
  const total = comparison.steps.length;
  const capitalised = `${items[0].toUpperCase()}${items.slice(1)}`;
  return (
    <section className="sweep" aria-label="Kernel comparison">
      <h2>Kernel comparison</h2>
      <SeriesStatus
        series={comparison}
        stepName={(kernel) => KERNEL_LABELS[kernel]}
        done={`Done: the same ${items} with each of ${total} kernels, on ${points[0]?.workers ?? 1} ${points[0]?.workers === 1 ? 'worker' : 'workers'}, fresh workers each time.`}
        steps="kernels"
      />
      {fastest && fastest[0] !== 'js' ? (
        <p className="lesson-note">
          {KERNEL_LABELS[fastest[0]]} did {fastest[1].toFixed(2)}× the {items} per second of JavaScript, on the same cores. {lesson}
        </p>
      ) : null}
      <figure className="sweep-chart">
        <figcaption>{capitalised} per second per worker, by kernel</figcaption>
        <BarsChart
          data={points.map((p) => ({ label: KERNEL_LABELS[p.kernel], value: p.perWorkerPerSecond }))}
          name={`${items} per second per worker`}
          format={formatCompact}
        />
      </figure>
      <Table
        label="Kernel comparison results"
        head={{ title: 'Kernel', cell: (p) => KERNEL_LABELS[p.kernel] }}
        columns={[
          { title: 'Wall time', cell: (p) => formatDuration(p.wallMs) },
          { title: `${capitalised} per second per worker`, cell: (p) => formatCompact(p.perWorkerPerSecond) },
          { title: 'Against JavaScript', cell: (p) => (ratios.has(p.kernel) ? `${ratios.get(p.kernel)!.toFixed(2)}×` : '–') },
        ]}
        rows={points}
        rowKey={(p) => p.kernel}
      />
      <p className="how-measured">
        Each kernel ran the same {items} with the same settings, on fresh workers, one after another; each worker compiled and warmed up its kernel before the
        timed region, so WebAssembly runs optimised code from its first chunk.
      </p>
    </section>
  );
});
