import { useState } from 'react';
import { randomSeed } from '../../kernels/rng';
import { readThreadFigures } from '../../gil/readStats';
import { TICK_DARTS } from '../../gil/thread';
import { FieldGroup, LabPage } from '../../lab/LabPage';
import { useLab, type LabPageProps } from '../../lab/useLab';
import { GilResult } from './GilResult';
import { GilRunView } from './GilRunView';
import { newGilTask, PHASE_TITLES, type GilRecord, type GilTask } from './job';
import { gilExports } from './export';
import { gilLab } from './meta';
import { PRESETS, type GilForm, type GilParams } from './params';

export default function GilPage(props: LabPageProps) {
  const lab = useLab<GilForm, GilParams, GilTask>(gilLab, props, gilExports);
  const [presetId, setPresetId] = useState<string | null>(null);
  const task = lab.tasks.latest?.state ?? null;
  const preset = PRESETS.find((p) => p.id === presetId) ?? null;
  // While it runs, the run being measured; after, the threads' last run: the lesson.
  const shown = task && (task.status === 'running' ? task.current : ([...task.runs].reverse().find((r) => r.instruments.phase === 'threads') ?? task.current));

  const run = (withForm?: GilForm) => lab.start('run', (params: GilParams) => newGilTask(params, randomSeed()), withForm);
  const runPreset = (id: string) => {
    const chosen = PRESETS.find((p) => p.id === id)!;
    setPresetId(id);
    // A preset sets the experiment; how often it is measured stays the person's choice.
    run({ ...chosen.form(lab.context.cores), repeats: lab.form.repeats });
  };

  return (
    <LabPage
      lab={lab}
      onRun={() => {
        setPresetId(null);
        run();
      }}
      status={{ step: task?.status === 'running' ? stepLabel(task) : null, progress: task?.current ? progressOf(task.current) : null }}
      controls={
        <FieldGroup lab={lab} legend="Presets">
          {PRESETS.map((p) => (
            <div key={p.id} className="preset">
              <button type="button" onClick={() => runPreset(p.id)}>
                {p.name}
              </button>
              <p>{p.lookFor(lab.context.cores)}</p>
            </div>
          ))}
        </FieldGroup>
      }
    >
      {preset ? (
        <p className="lesson-note">
          <strong>{preset.name}.</strong> {preset.lookFor(lab.context.cores)}
        </p>
      ) : null}
      {shown ? <GilRunView key={shown.id} record={shown} version={lab.tasks.version} /> : null}
      {task && !lab.busy && task.status === 'done' ? <GilResult task={task} /> : null}
    </LabPage>
  );
}

/** "Threads under the chosen policy (repeat 2 of 3)". */
function stepLabel(task: GilTask): string | null {
  const index = task.runs.length;
  const step = task.steps[index];
  if (!step) return null;
  return `${PHASE_TITLES[step.phase]}${task.params.repeats > 1 ? ` (repeat ${step.repeat} of ${task.params.repeats})` : ''}`;
}

/** Darts thrown so far over darts planned: the threads report their ticks through shared memory. */
function progressOf(record: GilRecord): number | null {
  const { gil, plans } = record.instruments;
  const planned = plans.reduce((sum, plan) => sum + plan.darts, 0);
  if (planned === 0 || record.runStartEpochMs === null) return null;
  const thrown = readThreadFigures(gil.buffers, 0).reduce((sum, f, i) => sum + (plans[i].role === 'cpu' ? f.ticks * TICK_DARTS : 0), 0);
  return Math.min(1, thrown / planned);
}
