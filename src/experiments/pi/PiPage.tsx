import { randomSeed } from '../../kernels/rng';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { seriesVersion } from '../../runs/series';
import { KernelComparisonPanel, KernelsGroup, kernelLesson, newKernelComparison, type KernelComparison } from '../../lab/kernels';
import { newPiRunTask, preparePiRun, type PiRecord, type PiRunTask } from './job';
import { piExports } from './export';
import { piLab } from './meta';
import type { KernelPlan, PiForm, PiParams, SweepPlan } from './params';
import { PiResult } from './PiResult';
import { PiRunView } from './PiRunView';
import { SweepPanel } from './SweepPanel';
import { newPiSweep, type PiSweep } from './sweep';

type PiTask = PiRunTask | PiSweep | KernelComparison<PiRecord>;

/** What the book found for the same idea: the code's form matters before the number of cores. */
const KERNEL_LESSON =
  'The book’s vectorised numpy computed the same estimate over 50× faster than pure Python: how the kernel is written matters before how many cores run it.';

export default function PiPage(props: LabPageProps) {
  const lab = useLab<PiForm, PiParams, PiTask>(piLab, props, piExports);
  const latest = lab.tasks.latest;
  const run = lab.finishedRun as PiRunTask | null;
  const sweep = lab.tasks.last('sweep') as PiSweep | null;
  const live = latest?.state.current ?? null;

  const startRun = () => lab.start('run', (params: PiParams) => newPiRunTask(params, params.seed ?? randomSeed()));
  const startSweep = () => lab.start('sweep', (plan: SweepPlan) => newPiSweep(plan, plan.base.seed ?? randomSeed()));
  const comparison = lab.tasks.last('kernels') as KernelComparison<PiRecord> | null;
  const compareKernels = () =>
    lab.start('kernels', ({ base, kernels }: KernelPlan) => {
      const seed = base.seed ?? randomSeed();
      return newKernelComparison(kernels, (kernel) => preparePiRun({ ...base, kernel }, seed));
    });

  return (
    <LabPage
      lab={lab}
      onRun={startRun}
      actions={{ sweep: startSweep, kernels: compareKernels }}
      controls={
        <>
          <FieldGroup lab={lab} legend="Sweep">
            <button type="button" onClick={startSweep} disabled={lab.busy}>
              Sweep workers
            </button>
          </FieldGroup>
          <KernelsGroup lab={lab} onCompare={compareKernels} />
        </>
      }
    >
      {live ? <PiRunView key={live.id} record={live} version={lab.tasks.version} /> : null}
      {run?.current ? (
        <PiResult
          task={run}
          kernelLesson={kernelLesson(run.current.settings.kernel, comparison, 'threw darts')}
          onReuseSeed={(seed) => lab.change({ seed: String(seed) })}
        />
      ) : null}
      {/* The sweep's charts redraw once per measured point, not with every live repaint of its runs. */}
      {sweep ? <SweepPanel sweep={sweep} version={seriesVersion(sweep)} /> : null}
      {comparison ? <KernelComparisonPanel comparison={comparison} version={seriesVersion(comparison)} items="darts" lesson={KERNEL_LESSON} /> : null}
    </LabPage>
  );
}
