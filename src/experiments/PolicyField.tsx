import { SelectField } from '../lab/Field';
import type { Policy } from '../gil/lock';
import { POLICY_OPTIONS } from '../gil/modes';

/** The labs' threads mode: which simulated GIL the threads share, and what a tick is here. */
export function PolicyField({ value, onChange, work }: { value: Policy; onChange(policy: Policy): void; work: string }) {
  return (
    <SelectField
      label="Policy"
      value={value}
      options={POLICY_OPTIONS}
      onChange={onChange}
      hint={`Each worker is a simulated Python thread that ${work} only while it holds one shared lock, passed on as this GIL does (Python’s defaults: a check interval of 100 ticks, a switch interval of 5 ms; the GIL lab varies them).`}
    />
  );
}
