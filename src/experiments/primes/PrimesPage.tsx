import { randomSeed } from '../../kernels/rng';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { seriesVersion } from '../../runs/series';
import { CostProfilePanel } from './CostProfilePanel';
import { KernelComparisonPanel, KernelsGroup, kernelLesson, newKernelComparison, type KernelComparison } from '../../lab/kernels';
import { newPrimeRunTask, preparePrimeRun, type PrimeRecord, type PrimeRunTask } from './job';
import { primeExports } from './export';
import { primesLab } from './meta';
import type { PrimeForm, PrimeParams } from './params';
import type { ChunkSizeSweepPlan, KernelPlan, ProfileRange } from './sweepParams';
import { PrimeResult } from './PrimeResult';
import { PrimeRunView } from './PrimeRunView';
import { PrimeSweepPanel } from './PrimeSweepPanel';
import { newProfileTask, type ProfileTask } from './profile';
import { chunkCountSteps, chunkSizeSteps, newPrimeSweep, orderSteps, type PrimeSweep, type SweepKind, type SweepStep } from './sweep';

type PrimeTask = PrimeRunTask | PrimeSweep | ProfileTask | KernelComparison<PrimeRecord>;

const KERNEL_LESSON =
  'Trial division is one integer remainder after another: a loop JavaScript already compiles well, so WebAssembly gains little below 2^32; above it, where JavaScript falls back to remainders of doubles, it gains several times.';

export default function PrimesPage(props: LabPageProps) {
  const lab = useLab<PrimeForm, PrimeParams, PrimeTask>(primesLab, props, primeExports);
  const latest = lab.tasks.latest;
  const run = lab.finishedRun as PrimeRunTask | null;
  const profile = lab.tasks.last('profile') as ProfileTask | null;
  // One slot for the three sweeps: the last one's panel stays.
  const sweep = lab.tasks.last('sweep') as PrimeSweep | null;
  const live = latest && latest.kind !== 'profile' ? (latest.state as PrimeRunTask | PrimeSweep).current : null;

  const startRun = () => lab.start('run', (params: PrimeParams) => newPrimeRunTask(params, randomSeed()));
  const startSweep = <V,>(kind: SweepKind, steps: (value: V) => SweepStep[]) =>
    lab.start(kind, (value: V) => ({ ...newPrimeSweep(kind, steps(value), randomSeed()), slot: 'sweep' }));
  const sweepChunkSizes = () => startSweep('chunkSize', (plan: ChunkSizeSweepPlan) => chunkSizeSteps(plan));
  const sweepChunkCounts = () => startSweep('chunkCount', (params: PrimeParams) => chunkCountSteps(params));
  const compareOrders = () => startSweep('order', (params: PrimeParams) => orderSteps(params));
  const startProfile = () => lab.start('profile', (range: ProfileRange) => newProfileTask(range, randomSeed()));
  const comparison = lab.tasks.last('kernels') as KernelComparison<PrimeRecord> | null;
  const compareKernels = () =>
    lab.start('kernels', ({ base, kernels }: KernelPlan) => {
      const shuffleSeed = randomSeed();
      return newKernelComparison(kernels, (kernel) => preparePrimeRun({ ...base, kernel }, shuffleSeed));
    });

  return (
    <LabPage
      lab={lab}
      onRun={startRun}
      actions={{ chunkSize: sweepChunkSizes, chunkCount: sweepChunkCounts, order: compareOrders, profile: startProfile, kernels: compareKernels }}
      controls={
        <>
          <FieldGroup lab={lab} legend="Sweeps">
            <button type="button" onClick={sweepChunkSizes} disabled={lab.busy}>
              Sweep chunk sizes
            </button>
            <p className="field-hint">The run’s settings, cut into 1 to 3 × Workers equal chunks:</p>
            <button type="button" onClick={sweepChunkCounts} disabled={lab.busy}>
              Sweep chunk counts
            </button>
            <p className="field-hint">The run’s settings in each order, one after another:</p>
            <button type="button" onClick={compareOrders} disabled={lab.busy}>
              Compare orders
            </button>
          </FieldGroup>
          <KernelsGroup lab={lab} onCompare={compareKernels} />
          <FieldGroup lab={lab} legend="Cost profile">
            <button type="button" onClick={startProfile} disabled={lab.busy}>
              Draw cost profile
            </button>
          </FieldGroup>
        </>
      }
    >
      {profile ? <CostProfilePanel task={profile} version={seriesVersion(profile)} /> : null}
      {live ? <PrimeRunView key={live.id} record={live} version={lab.tasks.version} /> : null}
      {run?.current ? <PrimeResult task={run} kernelLesson={kernelLesson(run.current.settings.kernel, comparison, 'checked numbers')} /> : null}
      {/* The sweep's charts redraw once per measured point, not with every live repaint of its runs. */}
      {sweep ? <PrimeSweepPanel key={sweep.kind} sweep={sweep} version={seriesVersion(sweep)} /> : null}
      {comparison ? <KernelComparisonPanel comparison={comparison} version={seriesVersion(comparison)} items="numbers" lesson={KERNEL_LESSON} /> : null}
    </LabPage>
  );
}
