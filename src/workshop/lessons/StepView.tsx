import { Suspense, useCallback, useMemo } from 'react';
import { labs } from '../../experiments/registry';
import type { TaskExport } from '../../runs/exportFormat';
import { logicalCores } from '../../platform';
import { keepTask } from '../kept/keptRuns';
import { resolveText, type Lesson } from './lesson';
import { Outcome } from './Outcome';
import { PredictionForm } from './PredictionForm';
import { stepKey } from './progress';
import type { ProgressState } from './useProgress';

interface Props {
  lesson: Lesson;
  /** 1, 2, …: the step's number, as in its link. */
  number: number;
  progress: ProgressState;
}

const ignoreQuery = () => {};

/** A step: its question, a prediction, the lab itself with the step's settings, then the outcome. */
export function StepView({ lesson, number, progress }: Props) {
  const step = lesson.steps[number - 1];
  const key = stepKey(lesson.id, number);
  const record = progress.progress[key];
  const cores = logicalCores();
  const lab = labs.find((l) => l.id === lesson.lab);
  const query = useMemo(() => new URLSearchParams(step.settings(cores)), [step, cores]);
  const href = `#/lessons/${lesson.id}/${number}`;
  const { setStep } = progress;

  // Every task the step's lab finishes is kept like any other; the step reads its figure from it.
  const onTaskDone = useCallback(
    (task: TaskExport) => {
      keepTask(task);
      const measured = step.measure(task);
      if (measured) {
        setStep(key, (old) => (old ? { ...old, measured: { ...measured, at: new Date().toISOString(), cores: task.environment.logicalCores } } : null));
      }
    },
    [step, key, setStep],
  );

  return (
    <section className="step" aria-labelledby={`${key}-title`}>
      <h3 id={`${key}-title`}>
        Step {number} of {lesson.steps.length}: {step.title}
      </h3>
      <p className="question">{resolveText(step.question, cores)}</p>
      <p className="step-link">
        Link to this step: <a href={href}>{new URL(href, location.href).href}</a>
      </p>
      {record ? (
        <>
          <Outcome step={step} record={record} cores={cores} />
          <button type="button" className="link-button" onClick={() => setStep(key, () => null)}>
            Start this step again
          </button>
        </>
      ) : (
        <PredictionForm
          prediction={step.prediction}
          stepHref={href}
          onSave={(text) => setStep(key, () => ({ prediction: text, measured: null }))}
          onSkip={() => setStep(key, () => ({ prediction: null, measured: null }))}
        />
      )}
      {record ? null : <p className="field-hint">The lab below unlocks once you have saved a prediction (or skipped it).</p>}
      <div className={`step-lab${record ? '' : ' locked'}`} inert={!record}>
        {lab ? (
          <Suspense fallback={<p role="status">Loading the experiment…</p>}>
            <lab.Page query={query} onQueryChange={ignoreQuery} onTaskDone={onTaskDone} step={{ action: step.action, label: step.actionLabel }} />
          </Suspense>
        ) : (
          <p role="alert">This lesson’s lab ({lesson.lab}) is not in this version of the app.</p>
        )}
      </div>
    </section>
  );
}
