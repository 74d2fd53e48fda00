// The I/O lab: what it teaches, its settings and how they are checked.
import { formatCount, formatDuration } from '../../format';
import type { LabMeta } from '../../lab/meta';
import { emphasis, phrase, term, type FieldSpec } from '../../lab/settings';
import {
  CAPACITY_RULE,
  CLIENTS,
  CPU_MS_RULE,
  CPU_PLACES,
  CPU_WORKERS_RULE,
  defaultIoForm,
  idealWaitMs,
  LATENCY_RULE,
  requestCount,
  REQUESTS_RULE,
  serialWaitMs,
  validateIoForm,
  type IoForm,
  type IoParams,
} from './params';
import { presetPlan, validateBatchSweep, validateInFlightSweep } from './plans';

const CLIENT_HINTS = {
  serial: 'Sends a request, waits for its answer, sends the next: about N × latency.',
  concurrent: 'Keeps up to In flight requests waiting at once, as the book’s asyncio client does with a semaphore.',
  batches: 'Puts Batch size items in each request, as the book’s database example saves 100 rows per call; the batches go one after another.',
} as const;

const CPU_PLACE_HINTS = {
  page: 'Each answer’s CPU work runs on the page’s own thread, one answer after another, however many requests are in flight.',
  workers: 'Each answer’s CPU work goes to an idle worker beside the server, as a pool of processes takes it off an asyncio loop.',
} as const;

const fields: readonly FieldSpec<IoForm, IoParams>[] = [
  {
    kind: 'text',
    key: 'requests',
    label: 'Requests',
    link: 'n',
    hint: (_, params) =>
      params
        ? phrase(
            `N items to send (${formatCount(REQUESTS_RULE.min)} to ${formatCount(REQUESTS_RULE.max)}). N × latency = `,
            emphasis(formatDuration(serialWaitMs(params)), 'serial-wait'),
            ': what one after another waits.',
          )
        : `N items to send, ${formatCount(REQUESTS_RULE.min)} to ${formatCount(REQUESTS_RULE.max)}: each a request of its own, except in batches.`,
  },
  { kind: 'choice', key: 'client', label: 'Client', link: 'client', options: CLIENTS, hint: (form) => CLIENT_HINTS[form.client] },
  {
    kind: 'text',
    key: 'inFlight',
    label: 'In flight',
    link: 'inflight',
    shown: (form) => form.client === 'concurrent',
    hint: (_, params) =>
      params
        ? `Requests waiting at once, 1 to Requests: at best N × latency / ${formatCount(params.inFlight)} = ${formatDuration(idealWaitMs(params))}.`
        : 'Requests waiting at once, 1 to Requests.',
  },
  {
    kind: 'text',
    key: 'batchSize',
    label: 'Batch size',
    link: 'batch',
    shown: (form) => form.client === 'batches',
    hint: (_, params) =>
      params
        ? `Items per request, 1 to Requests: ${formatCount(requestCount(params))} ${requestCount(params) === 1 ? 'request' : 'requests'}, at best ${formatDuration(idealWaitMs(params))} of waiting.`
        : 'Items per request, 1 to Requests.',
  },
  {
    kind: 'text',
    key: 'latency',
    label: 'Latency',
    link: 'latency',
    inputMode: 'decimal',
    hint: `Milliseconds the server takes over each request (${formatCount(LATENCY_RULE.min)} to ${formatCount(LATENCY_RULE.max)}; the book’s: 100), waited for with a real timer in its worker.`,
  },
  {
    kind: 'text',
    key: 'jitter',
    label: 'Jitter',
    link: 'jitter',
    inputMode: 'decimal',
    hint: 'Milliseconds, 0 to Latency: each request’s latency is drawn evenly from Latency ± Jitter.',
  },
  {
    kind: 'text',
    key: 'capacity',
    label: 'Capacity',
    link: 'capacity',
    placeholder: 'unlimited',
    hint: `Requests the server serves at once (${formatCount(CAPACITY_RULE.min)} to ${formatCount(CAPACITY_RULE.max)}); the rest queue there, first come first served. Empty: no limit.`,
  },
  {
    kind: 'text',
    key: 'serverCpu',
    label: 'Server CPU per item',
    link: 'serverCpu',
    inputMode: 'decimal',
    hint: `Milliseconds of CPU work the server does per item before it waits (${CPU_MS_RULE.min} to ${formatCount(CPU_MS_RULE.max)}), on its one thread: requests share it.`,
  },
  {
    kind: 'text',
    key: 'clientCpu',
    label: 'Client CPU per item',
    link: 'cpu',
    inputMode: 'decimal',
    hint: 'Milliseconds of CPU work each answer needs from the client, per item: darts thrown on purpose, in slices of a few ms, so the page is never blocked for long.',
  },
  { kind: 'choice', key: 'cpuOn', label: 'CPU work on', link: 'cpuOn', options: CPU_PLACES, hint: (form) => CPU_PLACE_HINTS[form.cpuOn] },
  {
    kind: 'text',
    key: 'cpuWorkers',
    label: 'CPU workers',
    link: 'cpuWorkers',
    shown: (form) => form.cpuOn === 'workers',
    hint: (_, __, { cores }) =>
      `${CPU_WORKERS_RULE.min} to ${CPU_WORKERS_RULE.max} workers beside the server (at most one per request in flight); this machine has ${cores} logical cores.`,
  },
];

export const ioLab: LabMeta<IoForm, IoParams> = {
  id: 'io',
  title: 'Waiting',
  summary: 'Requests to a simulated server: waiting is not computing, so waits overlap; batching makes fewer of them.',
  heading: 'Waiting is not computing: I/O-bound concurrency',
  lesson: phrase(
    'A client waiting on a server spends time, not CPU. Sent one after another, 200 requests of 100 ms take 20 s, nearly all of it waiting; keep many ',
    term('in flight'),
    ' and the waits overlap, until the server’s ',
    term('capacity'),
    ' or the client’s own CPU work is what takes the time; put many items in one request (',
    term('batches'),
    ') and there are fewer waits. The server is a Web Worker answering each request after a real timer; nothing goes over the network.',
  ),
  ready: 'Ready. Pick a client and press Run, or try a preset.',
  fields,
  defaults: defaultIoForm,
  validate: validateIoForm,
  actions: {
    inFlight: validateInFlightSweep,
    batchSize: validateBatchSweep,
    database: (_, context) => presetPlan('database', context),
    cpu: (_, context) => presetPlan('cpu', context),
  },
};
