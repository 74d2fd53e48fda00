import type { Step } from './lesson';
import { resolveText } from './lesson';
import type { StepProgress } from './progress';
import { checkPrediction, formatValue } from './predictions';

interface Props {
  step: Step;
  record: StepProgress;
  cores: number;
}

/** The prediction, what this machine measured and what the source found, then why. */
export function Outcome({ step, record, cores }: Props) {
  const { measured } = record;
  const predicted = record.prediction === null ? null : checkPrediction(record.prediction, step.prediction);
  const prediction = predicted === null ? 'skipped' : predicted.ok ? formatValue(predicted.value, step.prediction) : record.prediction;
  return (
    <section className="outcome" aria-label="Prediction and measurement">
      <dl>
        <dt>You predicted</dt>
        <dd data-testid="predicted">{prediction}</dd>
        <dt>Measured here</dt>
        <dd data-testid="measured">
          {measured ? (
            <>
              <strong>{formatValue(measured.choice ?? measured.value, step.prediction)}</strong>
              {measured.choice !== undefined ? ` (${formatValue(measured.value, { kind: 'number', unit: '×' })})` : ''}: {measured.detail}, on {measured.cores}{' '}
              logical {measured.cores === 1 ? 'core' : 'cores'}.
            </>
          ) : (
            `Not yet: press ${step.actionLabel} in the lab below.`
          )}
        </dd>
        {measured ? (
          <>
            <dt>The source</dt>
            <dd>
              {resolveText(step.source.figure, cores)} <cite>{step.source.from}</cite>
            </dd>
          </>
        ) : null}
      </dl>
      {measured ? <p className="lesson-note">{resolveText(step.explanation, cores)}</p> : null}
    </section>
  );
}
