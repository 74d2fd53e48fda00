// The Monte Carlo pi lab: what it teaches, its settings and how they are checked.
import { formatCount } from '../../format';
import type { LabMeta } from '../../lab/meta';
import { phrase, term, type FieldSpec } from '../../lab/settings';
import { modeField, policyField } from '../../lab/threadsMode';
import { kernelField } from '../../lab/kernels';
import {
  AUTO_CHUNK_SAMPLES,
  AUTO_MAX_CHUNKS,
  CHUNKS_PER_WORKER,
  defaultPiForm,
  MAIN_THREAD_MAX_SAMPLES,
  SAMPLES_RULE,
  validateKernelComparison,
  validatePiForm,
  validateSweep,
  WORKERS_RULE,
  type PiForm,
  type PiParams,
} from './params';

const onMainThread = (form: PiForm) => form.mode === 'mainThread';

const fields: readonly FieldSpec<PiForm, PiParams>[] = [
  {
    kind: 'text',
    key: 'samples',
    label: 'Samples',
    link: 'samples',
    hint: (form) =>
      `Darts to throw: ${formatCount(SAMPLES_RULE.min)} to ${formatCount(onMainThread(form) ? MAIN_THREAD_MAX_SAMPLES : SAMPLES_RULE.max)}${onMainThread(form) ? ' on the main thread' : ''} (1e8 works too).`,
  },
  modeField<PiForm, PiParams>(['workers', 'threads', 'mainThread']),
  policyField<PiForm, PiParams>('throws darts (a tick: 4,096 darts)'),
  kernelField<PiForm, PiParams>(['js', 'wasm', 'simd'], 'throws its darts'),
  {
    kind: 'text',
    key: 'workers',
    label: 'Workers',
    link: 'workers',
    hint: (form, _, { cores }) =>
      onMainThread(form)
        ? 'Not used: the page’s own thread runs every chunk.'
        : `${WORKERS_RULE.min} to ${WORKERS_RULE.max}; this machine has ${cores} logical cores.`,
  },
  { kind: 'text', key: 'chunks', label: 'Chunks', link: 'chunks', placeholder: 'auto', hint: (_, params) => chunksHint(params) },
  {
    kind: 'text',
    key: 'seed',
    label: 'Seed',
    link: 'seed',
    placeholder: 'random',
    hint: 'Empty: a new random seed per run. A seed gives the same estimate for any worker count and any chunks (unless Same seed in every worker is ticked).',
  },
  {
    kind: 'checkbox',
    key: 'sameSeed',
    label: 'Same seed in every worker',
    link: 'sameSeed',
    disabled: onMainThread,
    hint: (form) =>
      onMainThread(form)
        ? 'Only for workers: the main thread is a single thread.'
        : 'The un-seeded fork bug: every worker replays one random sequence, so W workers do the work of one.',
  },
  {
    kind: 'text',
    key: 'sweepWorkers',
    label: 'Worker counts to sweep',
    link: 'sweep',
    group: 'Sweep',
    inputMode: 'text',
    hint: 'Worker counts separated by commas or spaces (1, 2, 4). The same samples and seed for each worker count, on fresh workers each time: always on workers with independent seeds (Workers, Mode and Same seed are not used).',
  },
];

function chunksHint(params: PiParams | null): string {
  if (!params)
    return `Empty: at least ${CHUNKS_PER_WORKER} per worker, none over ${formatCount(AUTO_CHUNK_SAMPLES)} darts, or ${formatCount(AUTO_MAX_CHUNKS)} chunks for the longest runs.`;
  if (params.mode === 'mainThread') return `The page runs ${formatCount(params.chunks)} chunks one after another, each one blocking it.`;
  if (params.sameSeed) return `Every worker throws the same n // W darts, in ${formatCount(Math.max(1, Math.round(params.chunks / params.workers)))} chunks.`;
  return `The work is cut into ${formatCount(params.chunks)} chunks; an idle worker takes the next one.`;
}

export const piLab: LabMeta<PiForm, PiParams> = {
  id: 'pi',
  title: 'Monte Carlo pi',
  summary: 'Split a dart-throwing estimate of pi across workers and measure the speed-up.',
  heading: 'Monte Carlo pi: processes share the work',
  lesson: phrase(
    'Throw darts at the unit square: the share landing inside the quarter circle (x² + y² ≤ 1) estimates π/4. Each worker throws its share of the darts on its own core, so with W cores the run should take 1/W of the time. Try 1 worker, then all your cores, then more workers than cores; tick ',
    term('Same seed in every worker'),
    ' to see the un-seeded fork bug (W workers, one worker’s worth of darts); and try ',
    term('Main thread'),
    ' to see why nobody computes on the page’s own thread.',
  ),
  ready: 'Ready. Set the samples and workers, then press Run.',
  fields,
  defaults: defaultPiForm,
  validate: validatePiForm,
  actions: { sweep: validateSweep, kernels: validateKernelComparison },
};
