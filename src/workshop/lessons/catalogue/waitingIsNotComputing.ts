// Waiting is not computing: requests to a server overlap their waits, and batches make fewer of
// them (the book, ch. 8: many requests in flight, the database example).
import { BOOK_CPU_PER_ITEM_MS, BOOK_DATABASE, DATABASE_SCALE } from '../../../experiments/io/plans';
import { formatCount } from '../../../format';
import type { Lesson } from '../lesson';
import { databaseSpeedUp, runSeconds, waitingPercent } from './ioMeasures';

const HPP8 = 'High Performance Python, ch. 8';

/** 100 requests of 20 ms: 2 s one after another. */
const REQUESTS = { n: '100', latency: '20', jitter: '0', capacity: '', serverCpu: '0', cpu: '0' };

const DATABASE = `Primes up to 8,192 (${formatCount(BOOK_DATABASE.items)} of them), each saved with a ${BOOK_DATABASE.latencyMs} ms database call: ${BOOK_DATABASE.serialSeconds} s one after another, ${Math.round(BOOK_DATABASE.waitingShare * 100)} % of it waiting`;

export const waitingIsNotComputing: Lesson = {
  id: 'waiting',
  title: 'Waiting is not computing',
  lab: 'io',
  summary:
    'Send requests to a simulated server one after another, many in flight at once, or many items to a request: a client that waits uses no CPU, so its waits can overlap, or be fewer.',
  steps: [
    {
      title: 'One after another',
      question:
        'A client sends 100 requests to a server that takes 20 ms over each, one after another: it sends one, waits for the answer, then sends the next. How long will the 100 take, in seconds?',
      prediction: { kind: 'number', unit: 's' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ ...REQUESTS, client: 'serial' }),
      measure: runSeconds('serial'),
      source: { figure: '500 requests with a latency of 100 ms each took about 50 s one after another.', from: HPP8 },
      explanation:
        'One after another, every request waits its whole latency before the next is sent: N × latency, 100 × 20 ms = 2 s, plus a little for each message. The client’s CPU does almost nothing all that time.',
    },
    {
      title: 'Ten in flight',
      question:
        'The same 100 requests of 20 ms, now with up to 10 in flight: the client sends 10, and sends another each time an answer comes back. How long will they take, in seconds?',
      prediction: { kind: 'number', unit: 's' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ ...REQUESTS, client: 'concurrent', inflight: '10' }),
      measure: runSeconds('concurrent'),
      source: {
        figure:
          'With about 100 of the 500 requests in flight at once (a semaphore limit) the waits overlapped; too few in flight wastes waiting time, too many adds switching overhead.',
        from: HPP8,
      },
      explanation:
        'A request in flight only waits, so ten waits take about the time of one: N × latency / L = 100 × 20 ms / 10 = 0.2 s, on one thread and whatever the core count. The page sends and receives every message itself, so the overlap holds until the messages, not the waits, take the time.',
    },
    {
      title: 'Batches of 10',
      question: 'The same 100 items, but 10 to a request, the requests again one after another: 10 requests of 20 ms. How long will they take, in seconds?',
      prediction: { kind: 'number', unit: 's' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ ...REQUESTS, client: 'batches', batch: '10' }),
      measure: runSeconds('batches'),
      source: {
        figure: `${DATABASE}; saving ${BOOK_DATABASE.batchSize} at a time took ${BOOK_DATABASE.batchedSeconds} s.`,
        from: HPP8,
      },
      explanation:
        'Here the server takes as long over a request of 10 items as over one, so a tenth of the requests is a tenth of the waiting: 10 × 20 ms = 0.2 s, with no overlap at all. Batching needs an interface that takes many items at once, as a database’s bulk insert does; overlapping needs none.',
    },
    {
      title: 'How much of the time is waiting?',
      question: `The book’s database example with its times divided by ${DATABASE_SCALE}: 200 saves one after another, each a ${BOOK_DATABASE.latencyMs / DATABASE_SCALE} ms call after ${(BOOK_CPU_PER_ITEM_MS / DATABASE_SCALE).toFixed(2)} ms of the client’s own CPU work. What share of the time (in %) will the client spend only waiting?`,
      prediction: { kind: 'number', unit: '%' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({
        ...REQUESTS,
        client: 'serial',
        n: '200',
        latency: String(BOOK_DATABASE.latencyMs / DATABASE_SCALE),
        cpu: (BOOK_CPU_PER_ITEM_MS / DATABASE_SCALE).toFixed(2),
        cpuOn: 'page',
      }),
      measure: waitingPercent,
      source: { figure: `${DATABASE}.`, from: HPP8 },
      explanation:
        'Each save is a little work and a long wait: the CPU is idle for most of every call. That idle time is what concurrency or batching wins back; more cores would only speed up the small share that is work.',
    },
    {
      title: 'The database example, batched',
      question: `The whole scaled example: ${formatCount(BOOK_DATABASE.items)} saves one after another, then in batches of ${BOOK_DATABASE.batchSize}, each batch a single call. How many times faster will the batches be?`,
      prediction: { kind: 'number', unit: '×' },
      action: 'database',
      actionLabel: 'Run the book’s example',
      settings: () => ({}),
      measure: databaseSpeedUp,
      source: {
        figure: `${DATABASE}; in batches of ${BOOK_DATABASE.batchSize}: ${BOOK_DATABASE.batchedSeconds} s, ${BOOK_DATABASE.ratio}× faster.`,
        from: HPP8,
      },
      explanation: `${BOOK_DATABASE.batchSize} items to a call make ${Math.ceil(BOOK_DATABASE.items / BOOK_DATABASE.batchSize)} calls instead of ${formatCount(BOOK_DATABASE.items)}: almost all the waiting goes. What is left is the client’s own CPU work, the same in both runs, which is why the gain stops near the book’s 13.5× rather than 100×.`,
    },
  ],
};
