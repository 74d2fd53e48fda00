import { memo } from 'react';
import { SelectField, TextField } from '../../lab/Field';
import { formatCount } from '../../format';
import { IO_ROUND_DARTS, IO_WAIT_MS } from '../../gil/thread';
import { logicalCores } from '../../platform';
import { POLICIES, WORKLOADS, type GilErrors, type GilForm } from './params';

interface Props {
  form: GilForm;
  errors: GilErrors;
  disabled: boolean;
  onChange(changes: Partial<GilForm>): void;
}

const WORKLOAD_HINTS = {
  cpu: 'Every thread throws darts, holding the lock while it computes.',
  io: `Every thread throws its darts in rounds of ${formatCount(IO_ROUND_DARTS)}, each followed by ${IO_WAIT_MS} ms of I/O with the lock released.`,
  mixed: `Thread 1 does I/O rounds (${formatCount(IO_ROUND_DARTS)} darts, then ${IO_WAIT_MS} ms of I/O) for as long as the others, CPU-bound, are working.`,
} as const;

const POLICY_HINTS = {
  none: 'No lock: every thread runs at once, as processes (or free-threaded Python) do.',
  old: 'Python 2: the holder releases the lock every Check interval ticks and tries to take it straight back.',
  new: 'Python 3.2+: a waiting thread asks the holder to drop the lock after Switch interval; the holder then hands it over.',
} as const;

export const GilSettings = memo(function GilSettings({ form, errors, disabled, onChange }: Props) {
  return (
    <fieldset className="settings" disabled={disabled}>
      <legend>Settings</legend>
      <TextField label="Threads" value={form.threads} onChange={(threads) => onChange({ threads })} error={errors.threads} hint={`1 to 16 simulated threads, each a worker; this machine has ${logicalCores()} logical cores.`} />
      <SelectField label="Policy" value={form.policy} options={POLICIES} onChange={(policy) => onChange({ policy })} hint={POLICY_HINTS[form.policy]} />
      <TextField
        label="Check interval"
        value={form.checkInterval}
        onChange={(checkInterval) => onChange({ checkInterval })}
        error={errors.checkInterval}
        hint={form.policy === 'old' ? 'Ticks between releases (Python 2’s default: 100). A tick is 256 darts, about 1.5 µs.' : 'Used by the old GIL only.'}
      />
      <TextField
        label="Switch interval"
        value={form.switchInterval}
        onChange={(switchInterval) => onChange({ switchInterval })}
        error={errors.switchInterval}
        hint={form.policy === 'new' ? 'Milliseconds a waiter waits before asking for the lock (Python’s default: 5; down to 0.001).' : 'Used by the new GIL only.'}
      />
      <SelectField label="Workload" value={form.workload} options={WORKLOADS} onChange={(workload) => onChange({ workload })} hint={WORKLOAD_HINTS[form.workload]} />
      <TextField
        label="GIL-free share"
        value={form.gilFreeShare}
        onChange={(gilFreeShare) => onChange({ gilFreeShare })}
        error={errors.gilFreeShare}
        hint="0 to 100 %: the part of each round of a CPU-bound thread’s work done with the lock released, as numpy does for its arithmetic (I/O rounds hold the lock for their darts)."
      />
      <TextField label="Work per thread" value={form.work} onChange={(work) => onChange({ work })} error={errors.work} hint="Darts each thread throws (1e8 works too): 50,000,000 is about a quarter of a second on one core." />
    </fieldset>
  );
});
