import { randomSeed } from '../../kernels/rng';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { seriesVersion } from '../../runs/series';
import { newPiRunTask, type PiRunTask } from './job';
import { piLab } from './meta';
import type { PiForm, PiParams, SweepPlan } from './params';
import { PiResult } from './PiResult';
import { PiRunView } from './PiRunView';
import { SweepPanel } from './SweepPanel';
import { newPiSweep, type PiSweep } from './sweep';

type PiTask = PiRunTask | PiSweep;

export default function PiPage(props: LabPageProps) {
  const lab = useLab<PiForm, PiParams, PiTask>(piLab, props);
  const latest = lab.tasks.latest;
  const run = lab.tasks.last('run') as PiRunTask | null;
  const sweep = lab.tasks.last('sweep') as PiSweep | null;
  const live = latest?.state.current ?? null;

  const startRun = () => lab.start('run', (params: PiParams) => newPiRunTask(params, params.seed ?? randomSeed()));
  const startSweep = () => lab.start('sweep', (plan: SweepPlan) => newPiSweep(plan, plan.base.seed ?? randomSeed()));

  return (
    <LabPage
      lab={lab}
      onRun={startRun}
      status={{ task: latest?.state ?? null }}
      controls={
        <FieldGroup lab={lab} legend="Sweep">
          <button type="button" onClick={startSweep} disabled={lab.busy}>
            Sweep workers
          </button>
        </FieldGroup>
      }
    >
      {live ? <PiRunView key={live.id} record={live} version={lab.tasks.version} /> : null}
      {latest?.kind === 'run' && run && run.current && run.status !== 'running' && run.status !== 'failed' ? (
        <PiResult task={run} onReuseSeed={(seed) => lab.change({ seed: String(seed) })} />
      ) : null}
      {/* The sweep's charts redraw once per measured point, not with every live repaint of its runs. */}
      {sweep ? <SweepPanel sweep={sweep} version={seriesVersion(sweep)} /> : null}
    </LabPage>
  );
}
