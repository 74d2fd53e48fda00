// The prime search lab: what it teaches, its settings and how they are checked.
import { formatCount } from '../../format';
import type { LabMeta } from '../../lab/meta';
import { emphasis, phrase, type FieldSpec } from '../../lab/settings';
import { modeField, policyField } from '../../lab/threadsMode';
import { kernelField } from '../../lab/kernels';
import { numbersIn } from './numbers';
import {
  defaultPrimeForm,
  MAX_RUN_SECONDS,
  ORDERS,
  POOL_MAP_CHUNKS_PER_WORKER,
  STRATEGIES,
  SWEEP_NUMBERS_RULE,
  validatePrimeForm,
  WORKERS_RULE,
  type PrimeForm,
  type PrimeParams,
} from './params';
import { PROFILE_SAMPLES, validateChunkCountSweep, validateChunkSizeSweep, validateKernelComparison, validateOrderSweep, validateProfile } from './sweepParams';

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

const fields: readonly FieldSpec<PrimeForm, PrimeParams>[] = [
  modeField<PrimeForm, PrimeParams>(['workers', 'threads']),
  policyField<PrimeForm, PrimeParams>('checks numbers (a tick: about 64 numbers near 10^8)'),
  kernelField<PrimeForm, PrimeParams>(['js', 'wasm'], 'checks its numbers'),
  { kind: 'text', key: 'from', label: 'From', link: 'from', hint: 'First number checked (1e8 works too).' },
  {
    kind: 'text',
    key: 'to',
    label: 'To',
    link: 'to',
    hint: `The range is [From, To): To itself is not checked. Up to 2^53 − 1; a run should take under about ${MAX_RUN_SECONDS} s.`,
  },
  {
    kind: 'text',
    key: 'workers',
    label: 'Workers',
    link: 'workers',
    hint: (_, __, { cores }) => `${WORKERS_RULE.min} to ${WORKERS_RULE.max}; this machine has ${cores} logical cores.`,
  },
  { kind: 'text', key: 'chunkSize', label: 'Chunk size', link: 'chunk', placeholder: 'Pool.map default', hint: (_, params) => chunkSizeHint(params) },
  { kind: 'choice', key: 'strategy', label: 'Strategy', link: 'strategy', options: STRATEGIES, hint: (form) => STRATEGY_HINTS[form.strategy] },
  { kind: 'choice', key: 'order', label: 'Order', link: 'order', options: ORDERS, hint: (form) => ORDER_HINTS[form.order] },
  {
    kind: 'checkbox',
    key: 'skipEven',
    label: 'Skip even numbers',
    link: 'skipEven',
    hint: 'Check only 2 and the odd numbers: half the messages and half the numbers, the same primes.',
  },
  {
    kind: 'text',
    key: 'sweepNumbers',
    label: 'Numbers in the chunk-size sweep',
    link: 'sweepNumbers',
    group: 'Sweeps',
    hint: `Checks [From, From + this) at chunk sizes 1, 2, 4, … up to one chunk per worker, plus the default: ${formatCount(SWEEP_NUMBERS_RULE.min)} to ${formatCount(SWEEP_NUMBERS_RULE.max)}, so chunk size 1 takes seconds.`,
  },
  { kind: 'text', key: 'profileFrom', label: 'Profile from', link: 'profileFrom', group: 'Cost profile' },
  {
    kind: 'text',
    key: 'profileTo',
    label: 'Profile to',
    link: 'profileTo',
    group: 'Cost profile',
    hint: `${formatCount(PROFILE_SAMPLES)} numbers sampled from [Profile from, Profile to); the book plots 10,000 to 1,000,000.`,
  },
];

function chunkSizeHint(params: PrimeParams | null) {
  if (!params) return `Empty: Python’s Pool.map default, ceil(numbers / (${POOL_MAP_CHUNKS_PER_WORKER} × workers)).`;
  const numbers = numbersIn(params);
  const chunks = Math.ceil(numbers / params.chunkSize);
  const cut = `${formatCount(numbers)} numbers in ${formatCount(chunks)} ${chunks === 1 ? 'chunk' : 'chunks'}`;
  if (!params.chunkSizeIsDefault) return `${cut} of up to ${formatCount(params.chunkSize)}.`;
  return phrase(
    `Pool.map default: ceil(${formatCount(numbers)} / (${POOL_MAP_CHUNKS_PER_WORKER} × ${params.workers})) = `,
    emphasis(formatCount(params.chunkSize), 'resolved-chunk-size'),
    `, so ${cut}.`,
  );
}

export const primesLab: LabMeta<PrimeForm, PrimeParams> = {
  id: 'primes',
  title: 'Prime search',
  summary: 'Check a range of numbers for primes across workers: chunk size, order and load balancing.',
  heading: 'Prime search: chunks and load balancing',
  lesson:
    'Check every number of a range for primality by trial division, spread over workers. A number’s cost varies wildly: an even number is rejected at once, a prime costs about √n / 2 divisions. How the numbers are cut into chunks, and in what order they are handed out, decides how evenly the workers are loaded and how much time goes on asking for work. The defaults are the book’s: [100,000,000, 101,000,000) on all your cores, with Pool.map’s chunk size.',
  ready: 'Ready. Set the range and workers, then press Run.',
  fields,
  defaults: defaultPrimeForm,
  validate: validatePrimeForm,
  actions: {
    chunkSize: validateChunkSizeSweep,
    chunkCount: validateChunkCountSweep,
    order: validateOrderSweep,
    profile: validateProfile,
    kernels: validateKernelComparison,
  },
};
