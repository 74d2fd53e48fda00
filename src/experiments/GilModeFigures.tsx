// What the labs show of their threads mode: the simulated GIL's counters, live and in the Result.
import { Figure } from '../lab/Figure';
import { formatCount, formatDuration } from '../format';
import { POLICY_LABELS } from '../gil/modes';
import { gilTotals } from '../gil/readStats';
import type { RunRecord } from '../runs/record';

type GilRecord = Pick<RunRecord<unknown, unknown>, 'gil' | 'workers'>;

/** Live figures of a threads-mode run (nothing for other modes). */
export function GilModeFigures({ record, nowMs }: { record: GilRecord; nowMs: number }) {
  if (!record.gil) return null;
  const totals = gilTotals(record.gil.buffers, nowMs);
  const threadMs = nowMs * record.workers;
  return (
    <>
      <Figure label="Waiting for the GIL" value={threadMs > 0 ? `${Math.min(100, (totals.waitingMs / threadMs) * 100).toFixed(0)} %` : '–'} note={`of the threads’ time (${POLICY_LABELS[record.gil.settings.policy]})`} />
      <Figure label="GIL hand-offs" value={formatCount(totals.handoffs)} note={`${formatCount(totals.failedAttempts)} failed attempts; two holders at once: ${totals.holderViolations}`} />
    </>
  );
}

/** The Result's lines about the simulated GIL, for a threads-mode run. */
export function GilModeResult({ record, wallMs }: { record: GilRecord; wallMs: number }) {
  if (!record.gil) return null;
  const totals = gilTotals(record.gil.buffers, wallMs);
  return (
    <>
      <dt>Simulated GIL</dt>
      <dd data-testid="gil-mode-result">
        {POLICY_LABELS[record.gil.settings.policy]}: the threads waited {formatDuration(totals.waitingMs)} for the lock in all
        ({wallMs > 0 ? `${Math.min(100, (totals.waitingMs / (wallMs * record.workers)) * 100).toFixed(0)} %` : '–'} of their time);{' '}
        {formatCount(totals.handoffs)} hand-offs, {formatCount(totals.failedAttempts)} failed attempts, {formatCount(totals.forcedDrops)} forced drops; two
        holders at once: {totals.holderViolations}
      </dd>
    </>
  );
}
