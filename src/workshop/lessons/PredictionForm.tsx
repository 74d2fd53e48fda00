import { useState } from 'react';
import { SelectField, TextField } from '../../lab/Field';
import type { Prediction } from './lesson';
import { checkPrediction } from './predictions';

interface Props {
  prediction: Prediction;
  /** The step's own link: Skip prediction stays on it. */
  stepHref: string;
  onSave(text: string): void;
  onSkip(): void;
}

/** "Your prediction", saved before the step's lab unlocks; or skipped, by a link. */
export function PredictionForm({ prediction, stepHref, onSave, onSkip }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const checked = checkPrediction(text, prediction);
    if (checked.ok) onSave(text.trim());
    else setError(checked.error);
  };
  return (
    <form
      className="prediction"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {prediction.kind === 'number' ? (
        <TextField
          label="Your prediction"
          value={text}
          onChange={(value) => {
            setText(value);
            setError(null);
          }}
          error={error ?? undefined}
          hint={`A number, in ${prediction.unit}.`}
          inputMode="decimal"
        />
      ) : (
        <SelectField
          label="Your prediction"
          value={text}
          options={[{ value: '', label: 'Choose…' }, ...prediction.options]}
          onChange={(value) => {
            setText(value);
            setError(null);
          }}
          error={error ?? undefined}
        />
      )}
      <div className="actions">
        <button type="submit">Save prediction</button>
        <a
          href={stepHref}
          onClick={(event) => {
            event.preventDefault();
            onSkip();
          }}
        >
          Skip prediction
        </a>
      </div>
    </form>
  );
}
