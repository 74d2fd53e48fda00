// Lost updates' settings: how many times each worker adds 1 to the shared counter.
import { formatCount } from '../../format';
import { parseWholeNumber } from '../../lab/parseNumber';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { formatSeconds, MAX_RUN_SECONDS } from './estimate';
import { SHARED_MEMORY_NEEDS_ISOLATION, WORKERS_RULE, type QueuesForm } from './form';

/** At most 32 workers × 10^7: the counter stays below 2^31. */
export const INCREMENTS_RULE = { min: 1_000, max: 10_000_000 };

/** Seconds per increment under the lock when workers contend for it: the slowest method, roughly. */
const LOCKED_SECONDS_PER_INCREMENT = 0.5e-6;

export interface LostUpdateParams {
  workers: number;
  increments: number;
}

export function validateLostUpdates(form: QueuesForm, context: LabContext): Validation<QueuesForm, LostUpdateParams> {
  if (!context.canShareMemory) return invalid({ increments: `The shared counter ${SHARED_MEMORY_NEEDS_ISOLATION}` });
  const errors: FieldErrors<QueuesForm> = {};
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  const increments = take(parseWholeNumber(form.increments, INCREMENTS_RULE), 'increments', errors);
  if (workers === undefined || increments === undefined) return invalid(errors);
  const seconds = workers * increments * LOCKED_SECONDS_PER_INCREMENT;
  if (seconds > MAX_RUN_SECONDS)
    return invalid({
      increments: `Under the lock, ${formatCount(workers * increments)} increments would take about ${formatSeconds(seconds)}; ask for fewer.`,
    });
  return valid({ workers, increments });
}

export const incrementsHint = `${formatCount(INCREMENTS_RULE.min)} to ${formatCount(INCREMENTS_RULE.max)} additions of 1 per worker, by each method in turn.`;
