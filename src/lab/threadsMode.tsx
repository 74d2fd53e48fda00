// The labs' threads mode, as a lab shows it: the Mode and Policy fields, the simulated GIL's
// counters while a run goes, and its lines in the Result.
import type { Policy } from '../gil/lock';
import { POLICY_LABELS, POLICY_OPTIONS } from '../gil/modes';
import { gilTotals } from '../gil/readStats';
import type { SimulatedGil } from '../gil/threadsMode';
import { formatCount, formatDuration } from '../format';
import type { Fields } from '../runs/exportFormat';
import type { RunMode } from '../runs/record';
import { Figure } from './Figure';
import { modeOptions } from './lanes';
import type { FieldSpec } from './settings';

type ModeForm = { mode: RunMode; policy: Policy };

// TypeScript cannot see that 'mode' and 'policy' are string fields of every F with them: the
// casts below say so.

export function modeField<F extends ModeForm, P>(modes: readonly RunMode[]): FieldSpec<F, P> {
  const field = { kind: 'choice', key: 'mode', label: 'Mode', link: 'mode', options: modeOptions(modes) } as const;
  return field as unknown as FieldSpec<F, P>;
}

/** Which simulated GIL the threads share; `work` says what a thread does and what its tick is. */
export function policyField<F extends ModeForm, P>(work: string): FieldSpec<F, P> {
  const field = {
    kind: 'choice',
    key: 'policy',
    label: 'Policy',
    link: 'policy',
    options: POLICY_OPTIONS,
    shown: (form: F) => form.mode === 'threads',
    hint: `Each worker is a simulated Python thread that ${work} only while it holds one shared lock, passed on as this GIL does (Python’s defaults: a check interval of 100 ticks, a switch interval of 5 ms; the GIL lab varies them).`,
  } as const;
  return field as unknown as FieldSpec<F, P>;
}

/** Live figures of a threads-mode run. */
export function ThreadsModeFigures({ gil, threads, nowMs }: { gil: SimulatedGil; threads: number; nowMs: number }) {
  const totals = gilTotals(gil.buffers, nowMs);
  const threadMs = nowMs * threads;
  return (
    <>
      <Figure
        label="Waiting for the GIL"
        value={threadMs > 0 ? `${Math.min(100, (totals.waitingMs / threadMs) * 100).toFixed(0)} %` : '–'}
        note={`of the threads’ time (${POLICY_LABELS[gil.settings.policy]})`}
      />
      <Figure
        label="GIL hand-offs"
        value={formatCount(totals.handoffs)}
        note={`${formatCount(totals.failedAttempts)} failed attempts; two holders at once: ${totals.holderViolations}`}
      />
    </>
  );
}

/** The Result's line about the simulated GIL of a threads-mode run. */
export function threadsModeResult(gil: SimulatedGil, threads: number, wallMs: number) {
  const totals = gilTotals(gil.buffers, wallMs);
  const share = wallMs > 0 ? `${Math.min(100, (totals.waitingMs / (wallMs * threads)) * 100).toFixed(0)} %` : '–';
  return {
    term: 'Simulated GIL',
    testId: 'gil-mode-result',
    value: `${POLICY_LABELS[gil.settings.policy]}: the threads waited ${formatDuration(totals.waitingMs)} for the lock in all (${share} of their time); ${formatCount(totals.handoffs)} hand-offs, ${formatCount(totals.failedAttempts)} failed attempts, ${formatCount(totals.forcedDrops)} forced drops; two holders at once: ${totals.holderViolations}`,
  };
}

/** The GIL's counters of a threads-mode run, for its export. */
export function threadsModeFields(gil: SimulatedGil | null, wallMs: number): Fields {
  if (!gil) return {};
  const { handoffs, failedAttempts, forcedDrops, acquisitions, holderViolations, waitingMs } = gilTotals(gil.buffers, wallMs);
  return { gilPolicy: gil.settings.policy, handoffs, failedAttempts, forcedDrops, acquisitions, holderViolations, gilWaitingMs: waitingMs };
}
