// The queues lab: what it teaches, its settings and how they are checked.
import { formatCount } from '../../format';
import type { LabMeta } from '../../lab/meta';
import type { FieldSpec, Option } from '../../lab/settings';
import { validateHistogram, validateIntervalComparison, validateVerifyRun, verifyHint } from './earlyExitParams';
import { IPC_SIZES_RULE, validateIpc } from './ipcParams';
import { incrementsHint, validateLostUpdates } from './lostUpdateParams';
import { CHECK_INTERVALS, defaultQueuesForm, SHARED_MEMORY_NEEDS_ISOLATION, workersHint, type QueueChoice, type QueuesForm } from './form';
import { numbersHint, validateQueueRun, validateQueueSweep, WAY_LABELS, type QueueRunParams } from './params';

const ringUnavailable = ({ canShareMemory }: { canShareMemory: boolean }) => (canShareMemory ? null : `it ${SHARED_MEMORY_NEEDS_ISOLATION}`);

const QUEUE_OPTIONS: Option<QueueChoice>[] = [
  { value: 'all', label: 'Every way, one after another' },
  { value: 'message', label: WAY_LABELS.message },
  { value: 'batch', label: WAY_LABELS.batch },
  { value: 'ring', label: WAY_LABELS.ring, unavailable: ringUnavailable },
  { value: 'none', label: WAY_LABELS.none },
];

const QUEUE_HINTS: Record<QueueChoice, string> = {
  all: 'No queue first (the baseline), then one message per number, batches and the shared memory ring, each on fresh workers.',
  message: 'postMessage per number, as multiprocessing.Queue pickles each item; a message per prime back. After no queue, the baseline.',
  batch: 'One message per Batch size numbers, and one per batch’s primes back. After no queue, the baseline.',
  ring: 'A queue in a SharedArrayBuffer: workers sleep in Atomics.wait while it is empty, as get() blocks. After no queue, the baseline.',
  none: 'One worker checks every number in a plain loop: what the queues are measured against.',
};

const fields: readonly FieldSpec<QueuesForm, QueueRunParams>[] = [
  { kind: 'choice', key: 'queue', label: 'Queue', link: 'queue', options: QUEUE_OPTIONS, hint: (form) => QUEUE_HINTS[form.queue] },
  {
    kind: 'text',
    key: 'batchSize',
    label: 'Batch size',
    link: 'batch',
    hint: 'Numbers per message in Batches.',
    shown: (form) => form.queue === 'all' || form.queue === 'batch',
  },
  { kind: 'text', key: 'workers', label: 'Workers', link: 'workers', hint: (_, __, { cores }) => workersHint(cores) },
  { kind: 'text', key: 'numbers', label: 'Numbers', link: 'numbers', hint: numbersHint },
  {
    kind: 'checkbox',
    key: 'skipEven',
    label: 'Skip even numbers',
    link: 'skipEven',
    hint: 'The book’s next step: send only the odd numbers. Half the messages, about half the time, and still slower than no queue.',
  },
  {
    kind: 'text',
    key: 'ipcUpTo',
    label: 'Up to N',
    link: 'ipcN',
    group: 'The cost of talking',
    hint: `Sends N = ${formatCount(IPC_SIZES_RULE.min)}, 10,000, … up to this (a power of ten, at most ${formatCount(IPC_SIZES_RULE.max)}) integers to a worker and back, by each way in turn.`,
  },
  { kind: 'text', key: 'verifyNumber', label: 'Number to verify', link: 'verify', group: 'Early exit', hint: verifyHint },
  {
    kind: 'choice',
    key: 'checkEvery',
    label: 'Check the flag every',
    link: 'check',
    group: 'Early exit',
    options: CHECK_INTERVALS.map((value) => ({ value, label: `${formatCount(Number(value))} ${value === '1' ? 'division' : 'divisions'}` })),
    hint: 'How often each worker looks at the shared flag: too often costs time, too rarely wastes work after the factor is found.',
  },
  {
    kind: 'choice',
    key: 'histogramTo',
    label: 'Smallest factors up to',
    link: 'hist',
    group: 'Smallest factors',
    options: [
      { value: '1e6', label: '1,000,000' },
      { value: '1e7', label: '10,000,000' },
    ],
    hint: 'Finds the smallest factor of every number below this, on the workers.',
  },
  { kind: 'text', key: 'increments', label: 'Increments per worker', link: 'increments', group: 'Lost updates', hint: incrementsHint },
];

export const queuesLab: LabMeta<QueuesForm, QueueRunParams> = {
  id: 'queues',
  title: 'Queues and shared memory',
  summary: 'The cost of talking: work queues with poison pills, what each message costs, early exit with a shared flag, lost updates.',
  heading: 'The cost of talking: queues, messages and shared memory',
  lesson:
    'Workers that share a job must talk, and talking costs. Here the page plays the book’s parent process: it puts numbers on a work queue, workers block on it, check each number for primality, put the primes on a result queue, and stop on a poison pill, answering with a “finished” flag the page counts. Compare one message per number, batches and a queue in shared memory with no queue at all; meter what each way of sending costs; stop workers early with a shared flag; and watch a shared counter lose updates.',
  ready: 'Ready. Press Run to time the work queues, or use a part’s button below.',
  fields,
  defaults: defaultQueuesForm,
  validate: validateQueueRun,
  actions: {
    queueSweep: validateQueueSweep,
    ipc: validateIpc,
    verify: validateVerifyRun,
    intervals: validateIntervalComparison,
    histogram: validateHistogram,
    lostUpdates: validateLostUpdates,
  },
};
