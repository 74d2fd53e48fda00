// The work queues' settings (the Run and the sweep): what they run, and the rules; the form
// itself is in form.ts, the other parts' rules in their own files.
import { formatCount } from '../../format';
import { parseWholeNumber } from '../../lab/parseNumber';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import type { QueueKind } from '../../../workers/queues/protocol';
import { FIRST_NUMBER, itemCount, SHARED_MEMORY_NEEDS_ISOLATION, WORKERS_RULE, type QueueNumbers, type QueuesForm, type Way } from './form';
import { formatSeconds, MAX_RUN_SECONDS, MAX_TASK_SECONDS, wayRunSeconds } from './estimate';

export interface QueueRunParams extends QueueNumbers {
  /** In the order measured: no queue first, the baseline every ratio is taken to. */
  ways: Way[];
  workers: number;
  batchSize: number;
  /** The shared-memory ring was asked for but this page may not share memory. */
  ringUnavailable: boolean;
}

export const NUMBERS_RULE = { min: 100, max: 1_000_000 };
/** The sweep's worker counts, as the book's figure. */
export const SWEEP_WORKERS = [1, 2, 4, 8];
export const QUEUE_KINDS: QueueKind[] = ['message', 'batch', 'ring'];

export const WAY_LABELS: Record<Way, string> = {
  none: 'No queue',
  message: 'One message per number',
  batch: 'Batches',
  ring: 'Shared memory ring',
};

/** The run: the chosen way after no queue (or every way), on Workers workers. */
export function validateQueueRun(form: QueuesForm, context: LabContext): Validation<QueuesForm, QueueRunParams> {
  const errors: FieldErrors<QueuesForm> = {};
  const workers = take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);
  const numbers = take(parseWholeNumber(form.numbers, NUMBERS_RULE), 'numbers', errors);
  const batchSize = validateBatchSize(form, numbers, errors);
  if (form.queue === 'ring' && !context.canShareMemory) errors.queue = `The shared memory ring ${SHARED_MEMORY_NEEDS_ISOLATION}`;
  if (workers === undefined || numbers === undefined || batchSize === undefined || errors.queue) return invalid(errors);

  const ringUnavailable = !context.canShareMemory && form.queue === 'all';
  const ways: Way[] = form.queue === 'all' ? ['none', ...QUEUE_KINDS.filter((k) => k !== 'ring' || !ringUnavailable)] : ['none', form.queue];
  const params = { ways: [...new Set(ways)], workers, batchSize, numbers, skipEven: form.skipEven, ringUnavailable };
  const runs = params.ways.map((way) => ({ way, seconds: wayRunSeconds(way, params, context.cores) }));
  const slow = runs.find((run) => run.seconds > MAX_RUN_SECONDS);
  if (slow)
    errors.numbers = `${WAY_LABELS[slow.way]} would take about ${formatSeconds(slow.seconds)} here; keep each run under about a minute: check fewer numbers.`;
  const total = runs.reduce((sum, run) => sum + run.seconds, 0);
  if (!slow && total > MAX_TASK_SECONDS)
    errors.numbers = `Every way one after another would take about ${formatSeconds(total)}; check fewer numbers, or pick one Queue.`;
  return Object.keys(errors).length > 0 ? invalid(errors) : valid(params);
}

function validateBatchSize(form: QueuesForm, numbers: number | undefined, errors: FieldErrors<QueuesForm>): number | undefined {
  if (form.queue !== 'all' && form.queue !== 'batch') return 1;
  const max = numbers === undefined ? NUMBERS_RULE.max : itemCount({ numbers, skipEven: form.skipEven });
  return take(parseWholeNumber(form.batchSize, { min: 1, max }), 'batchSize', errors);
}

/** The sweep: no queue on one worker, then every queue kind at 1, 2, 4 and 8 workers. */
export interface QueueSweepParams extends QueueNumbers {
  kinds: QueueKind[];
  workerCounts: number[];
  batchSize: number;
}

export function validateQueueSweep(form: QueuesForm, context: LabContext): Validation<QueuesForm, QueueSweepParams> {
  const run = validateQueueRun({ ...form, queue: 'all' }, context);
  if (!run.value) {
    // Only the fields the sweep uses: the Queue choice is the sweep's own.
    const { queue: _queue, ...errors } = run.errors;
    return invalid(errors);
  }
  const { numbers, skipEven, batchSize, ringUnavailable } = run.value;
  const kinds = QUEUE_KINDS.filter((k) => k !== 'ring' || !ringUnavailable);
  const params = { numbers, skipEven, batchSize, kinds, workerCounts: SWEEP_WORKERS };
  const seconds =
    wayRunSeconds('none', { ...params, workers: 1 }, context.cores) +
    kinds.reduce((sum, way) => sum + SWEEP_WORKERS.reduce((s, workers) => s + wayRunSeconds(way, { ...params, workers }, context.cores), 0), 0);
  if (seconds > MAX_TASK_SECONDS * 2)
    return invalid({ numbers: `The sweep (${1 + kinds.length * SWEEP_WORKERS.length} runs) would take about ${formatSeconds(seconds)}; check fewer numbers.` });
  return valid(params);
}

export const numbersHint = `${formatCount(NUMBERS_RULE.min)} to ${formatCount(NUMBERS_RULE.max)} numbers from ${formatCount(FIRST_NUMBER)} on: each check is cheap (about 330 trial divisions on average), so the messages are what you measure.`;
