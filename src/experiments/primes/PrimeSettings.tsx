import { memo } from 'react';
import { CheckboxField, SelectField, TextField } from '../../lab/Field';
import { formatCount } from '../../format';
import { logicalCores } from '../../platform';
import { numbersIn } from './numbers';
import { MAX_RUN_SECONDS, ORDERS, POOL_MAP_CHUNKS_PER_WORKER, STRATEGIES, WORKERS_RULE, type PrimeErrors, type PrimeForm, type PrimeMode, type PrimeParams } from './params';
import { PolicyField } from '../PolicyField';
import { modeOptions } from '../../runs/modeLabels';

interface Props {
  form: PrimeForm;
  errors: PrimeErrors;
  /** The validated settings, when valid: shows what an empty chunk size resolves to. */
  params: PrimeParams | null;
  disabled: boolean;
  onChange(changes: Partial<PrimeForm>): void;
}

const MODES = modeOptions<PrimeMode>(['workers', 'threads']);

const STRATEGY_HINTS = {
  dynamic: 'One queue of chunks: an idle worker takes the next one, as Pool.map does.',
  static: 'Each worker gets one contiguous block of the chunks, fixed in advance.',
  roundRobin: 'Chunk c goes to worker c mod W, fixed in advance.',
} as const;

const ORDER_HINTS = {
  ascending: 'The numbers in order, From to To.',
  shuffled: 'The numbers in a random order (a new shuffle per run), then chunked.',
  costliest: 'The numbers sorted by the most a check can cost (a prime’s cost), highest first; cheap even numbers last.',
} as const;

/** The run's settings. Memoised: the live view repaints up to ten times a second, the form need not. */
export const PrimeSettings = memo(function PrimeSettings({ form, errors, params, disabled, onChange }: Props) {
  return (
    <fieldset className="settings" disabled={disabled}>
      <legend>Settings</legend>
      <SelectField label="Mode" value={form.mode} options={MODES} onChange={(mode) => onChange({ mode })} error={errors.mode} />
      {form.mode === 'threads' ? (
        <PolicyField value={form.policy} onChange={(policy) => onChange({ policy })} work="checks numbers (a tick: 64 numbers)" />
      ) : null}
      <TextField label="From" value={form.from} onChange={(from) => onChange({ from })} error={errors.from} hint="First number checked (1e8 works too)." />
      <TextField
        label="To"
        value={form.to}
        onChange={(to) => onChange({ to })}
        error={errors.to}
        hint={`The range is [From, To): To itself is not checked. Up to 2^53 − 1; a run should take under about ${MAX_RUN_SECONDS} s.`}
      />
      <TextField
        label="Workers"
        value={form.workers}
        onChange={(workers) => onChange({ workers })}
        error={errors.workers}
        hint={`${WORKERS_RULE.min} to ${WORKERS_RULE.max}; this machine has ${logicalCores()} logical cores.`}
      />
      <TextField label="Chunk size" value={form.chunkSize} onChange={(chunkSize) => onChange({ chunkSize })} error={errors.chunkSize} placeholder="Pool.map default" hint={chunkSizeHint(params)} />
      <SelectField label="Strategy" value={form.strategy} options={STRATEGIES} onChange={(strategy) => onChange({ strategy })} hint={STRATEGY_HINTS[form.strategy]} />
      <SelectField label="Order" value={form.order} options={ORDERS} onChange={(order) => onChange({ order })} error={errors.order} hint={ORDER_HINTS[form.order]} />
      <CheckboxField
        label="Skip even numbers"
        checked={form.skipEven}
        onChange={(skipEven) => onChange({ skipEven })}
        hint="Check only 2 and the odd numbers: half the messages and half the numbers, the same primes."
      />
    </fieldset>
  );
});

function chunkSizeHint(params: PrimeParams | null) {
  if (!params) return `Empty: Python’s Pool.map default, ceil(numbers / (${POOL_MAP_CHUNKS_PER_WORKER} × workers)).`;
  const numbers = numbersIn(params);
  const chunks = Math.ceil(numbers / params.chunkSize);
  const cut = `${formatCount(numbers)} numbers in ${formatCount(chunks)} ${chunks === 1 ? 'chunk' : 'chunks'}`;
  if (!params.chunkSizeIsDefault) return `${cut} of up to ${formatCount(params.chunkSize)}.`;
  return (
    <>
      Pool.map default: ceil({formatCount(numbers)} / ({POOL_MAP_CHUNKS_PER_WORKER} × {params.workers})) = <strong data-testid="resolved-chunk-size">{formatCount(params.chunkSize)}</strong>, so {cut}.
    </>
  );
}
