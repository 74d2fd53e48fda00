import { useState } from 'react';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { seriesVersion } from '../../runs/series';
import { helperCount, type IoRecord } from './job';
import { ioLab } from './meta';
import { ioExports } from './export';
import { clientLabel, type IoForm, type IoParams } from './params';
import { PRESETS, type IoPlan, type Preset } from './plans';
import { IoPresetPanel } from './IoPresetPanel';
import { IoResult } from './IoResult';
import { IoRunView } from './IoRunView';
import { IoSweepPanel } from './IoSweepPanel';
import { newIoTask, type IoTask } from './tasks';

export default function IoPage(props: LabPageProps) {
  const lab = useLab<IoForm, IoParams, IoTask>(ioLab, props, ioExports);
  const [preset, setPreset] = useState<Preset | null>(null);
  const latest = lab.tasks.latest?.state ?? null;
  const run = lab.finishedRun as IoTask | null;
  const sweep = lab.tasks.last('sweep');
  const presetTask = lab.tasks.last('preset');
  const live = latest?.current ?? null;

  const startRun = () => {
    setPreset(null);
    lab.start('run', (params: IoParams) => newIoTask('run', [{ label: clientLabel(params), x: 0, params }]));
  };
  const startSweep = (kind: 'inFlight' | 'batchSize') => lab.start(kind, (plan: IoPlan) => ({ ...newIoTask(kind, plan.steps), slot: 'sweep' }));
  const startPreset = (chosen: Preset) => {
    setPreset(chosen);
    // The form takes the preset's last run, to be varied from there.
    const last = chosen.steps(lab.context.cores).at(-1)!.form;
    lab.start(chosen.kind, (plan: IoPlan) => ({ ...newIoTask(chosen.kind, plan.steps), slot: 'preset' }), last);
  };

  // The sweeps and presets, also offered to a lesson step by the action's name.
  const actions: Record<string, () => void> = {
    inFlight: () => startSweep('inFlight'),
    batchSize: () => startSweep('batchSize'),
    ...Object.fromEntries(PRESETS.map((p) => [p.kind, () => startPreset(p)])),
  };

  return (
    <LabPage
      lab={lab}
      onRun={startRun}
      actions={actions}
      status={{ step: latest && latest.kind !== 'run' && latest.status === 'running' ? stepLabel(latest) : null, starting: startingText(live) }}
      controls={
        <>
          <FieldGroup lab={lab} legend="Sweeps">
            <p className="field-hint">The settings above, with 1, 2, 4, … up to Requests in flight:</p>
            <button type="button" onClick={actions.inFlight} disabled={lab.busy}>
              Sweep in-flight limits
            </button>
            <p className="field-hint">The settings above, in batches of 1, 2, 5, 10, … up to 1,000 items, one batch at a time:</p>
            <button type="button" onClick={actions.batchSize} disabled={lab.busy}>
              Sweep batch sizes
            </button>
          </FieldGroup>
          <FieldGroup lab={lab} legend="Presets">
            {PRESETS.map((p) => (
              <div key={p.kind} className="preset">
                <button type="button" onClick={() => startPreset(p)} disabled={lab.busy}>
                  {p.name}
                </button>
                <p>{p.lookFor(lab.context.cores)}</p>
              </div>
            ))}
          </FieldGroup>
        </>
      }
    >
      {preset && latest?.kind === preset.kind ? (
        <p className="lesson-note">
          <strong>{preset.name}.</strong> {preset.lookFor(lab.context.cores)}
        </p>
      ) : null}
      {live ? <IoRunView key={live.id} record={live} version={lab.tasks.version} /> : null}
      {run?.current ? <IoResult task={run} /> : null}
      {/* The task panels redraw once per measured point, not with every live repaint of their runs. */}
      {sweep ? <IoSweepPanel key={sweep.kind} sweep={sweep} version={seriesVersion(sweep)} /> : null}
      {presetTask ? <IoPresetPanel key={presetTask.kind} task={presetTask} version={seriesVersion(presetTask)} /> : null}
    </LabPage>
  );
}

/** "Batches of 100 (2 of 2)". */
function stepLabel(task: IoTask): string | null {
  const index = Math.min(task.runs.length, task.steps.length - 1);
  return `${task.steps[index].label} (${index + 1} of ${task.steps.length})`;
}

/** What starts before a run: the server, and the workers for CPU work if any. */
function startingText(record: IoRecord | null): string {
  const helpers = record ? helperCount(record.settings) : 0;
  return helpers === 0 ? 'the server' : `the server and ${helpers} CPU ${helpers === 1 ? 'worker' : 'workers'}`;
}
