import { memo } from 'react';
import { CheckboxField, SelectField, TextField } from '../../lab/Field';
import { formatCount } from '../../format';
import { logicalCores } from '../../platform';
import { PolicyField } from '../PolicyField';
import { modeOptions } from '../../runs/modeLabels';
import {
  AUTO_CHUNK_SAMPLES,
  CHUNKS_PER_WORKER,
  MAIN_THREAD_MAX_SAMPLES,
  SAMPLES_RULE,
  WORKERS_RULE,
  type PiErrors,
  type PiForm,
  type PiMode,
  type PiParams,
} from './params';

interface Props {
  form: PiForm;
  errors: PiErrors;
  /** The validated settings, when valid: shows what empty fields resolve to. */
  params: PiParams | null;
  disabled: boolean;
  onChange(changes: Partial<PiForm>): void;
}

const MODES = modeOptions<PiMode>(['workers', 'threads', 'mainThread']);

/** The run's settings. Memoised: the live view repaints up to ten times a second, the form need not. */
export const PiSettings = memo(function PiSettings({ form, errors, params, disabled, onChange }: Props) {
  const onMainThread = form.mode === 'mainThread';
  return (
    <fieldset className="settings" disabled={disabled}>
      <legend>Settings</legend>
      <TextField
        label="Samples"
        value={form.samples}
        onChange={(samples) => onChange({ samples })}
        error={errors.samples}
        hint={
          onMainThread
            ? `Darts to throw: ${formatCount(SAMPLES_RULE.min)} to ${formatCount(MAIN_THREAD_MAX_SAMPLES)} on the main thread (1e8 works too).`
            : `Darts to throw: ${formatCount(SAMPLES_RULE.min)} to ${formatCount(SAMPLES_RULE.max)} (1e8 works too).`
        }
      />
      <SelectField label="Mode" value={form.mode} options={MODES} onChange={(mode) => onChange({ mode })} error={errors.mode} />
      {form.mode === 'threads' ? (
        <PolicyField value={form.policy} onChange={(policy) => onChange({ policy })} work="throws darts (a tick: 4,096 darts)" />
      ) : null}
      <TextField
        label="Workers"
        value={form.workers}
        onChange={(workers) => onChange({ workers })}
        error={errors.workers}
        hint={
          onMainThread
            ? 'Not used: the page’s own thread runs every chunk.'
            : `${WORKERS_RULE.min} to ${WORKERS_RULE.max}; this machine has ${logicalCores()} logical cores.`
        }
      />
      <TextField
        label="Chunks"
        value={form.chunks}
        onChange={(chunks) => onChange({ chunks })}
        error={errors.chunks}
        placeholder="auto"
        hint={chunksHint(params)}
      />
      <TextField
        label="Seed"
        value={form.seed}
        onChange={(seed) => onChange({ seed })}
        error={errors.seed}
        placeholder="random"
        hint="Empty: a new random seed per run. A seed gives the same estimate for any worker count and any chunks (unless Same seed in every worker is ticked)."
      />
      <CheckboxField
        label="Same seed in every worker"
        checked={form.sameSeed && !onMainThread}
        disabled={onMainThread}
        onChange={(sameSeed) => onChange({ sameSeed })}
        hint={
          onMainThread
            ? 'Only for workers: the main thread is a single thread.'
            : 'The un-seeded fork bug: every worker replays one random sequence, so W workers do the work of one.'
        }
      />
    </fieldset>
  );
});

function chunksHint(params: PiParams | null): string {
  if (!params) return `Empty: at least ${CHUNKS_PER_WORKER} per worker, none over ${formatCount(AUTO_CHUNK_SAMPLES)} darts.`;
  if (params.mode === 'mainThread') return `The page runs ${formatCount(params.chunks)} chunks one after another, each one blocking it.`;
  if (params.sameSeed) return `Every worker throws the same n // W darts, in ${formatCount(Math.max(1, Math.round(params.chunks / params.workers)))} chunks.`;
  return `The work is cut into ${formatCount(params.chunks)} chunks; an idle worker takes the next one.`;
}
