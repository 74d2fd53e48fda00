// The pi lab's settings: what a person types, what a run needs, and the rules between them.
import { BLOCK_SIZE } from '../../kernels/rng';
import { parseWholeNumber, type Parsed } from '../../lab/parseNumber';
import { formatCount } from '../../format';
import type { Policy } from '../../gil/lock';
import { THREADS_MODE_NEEDS_ISOLATION } from '../../gil/modes';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import type { PiKernelName } from '../../kernels/kernelNames';
import { checkKernel } from '../../lab/kernelRules';

export type PiMode = 'workers' | 'mainThread' | 'threads';

/** Everything a run needs, validated. */
export interface PiParams {
  samples: number;
  workers: number;
  /** How many pieces the samples are cut into. */
  chunks: number;
  /** null: pick a random seed when the run starts. */
  seed: number | null;
  mode: PiMode;
  /** Threads mode: how the simulated GIL is passed between the threads. */
  policy: Policy;
  /** The book's bug: every worker starts from the same random stream. */
  sameSeed: boolean;
  kernel: PiKernelName;
}

/** The form as typed: strings, so a half-typed value survives re-renders and links. */
export interface PiForm {
  samples: string;
  workers: string;
  chunks: string;
  seed: string;
  mode: PiMode;
  policy: Policy;
  sameSeed: boolean;
  kernel: PiKernelName;
  sweepWorkers: string;
}

export const SAMPLES_RULE = { min: 1_000, max: 10_000_000_000 };
export const WORKERS_RULE = { min: 1, max: 64 };
/** More chunks than this only measures the page drawing them. */
export const MAX_CHUNKS = 10_000;
export const MAX_SEED = 0xffffffff;
/** Main-thread runs freeze the page: keep that to seconds. */
export const MAIN_THREAD_MAX_SAMPLES = 200_000_000;
export const CHUNKS_PER_WORKER = 4;
/** Auto chunks hold at most this many darts: 0.1-0.2 s of work, so progress shows soon. */
export const AUTO_CHUNK_SAMPLES = 20_000_000;
/**
 * ...unless that makes more auto chunks than this (runs over 4,000,000,000 darts): each chunk
 * costs the page a message while every core computes, the largest share of its time in a long
 * run (`npm run bench`), and 200 chunks of a 10^10 run still take only 0.2-0.4 s each.
 */
export const AUTO_MAX_CHUNKS = 200;
const MAX_SWEEP_POINTS = 32;

export function defaultPiForm(cores: number): PiForm {
  return {
    samples: '100,000,000',
    workers: String(clampWorkers(cores)),
    chunks: '',
    seed: '',
    mode: 'workers',
    policy: 'new',
    sameSeed: false,
    kernel: 'js',
    sweepWorkers: defaultSweepWorkers(cores).join(', '),
  };
}

function clampWorkers(n: number): number {
  return Math.min(WORKERS_RULE.max, Math.max(WORKERS_RULE.min, Math.floor(n) || 1));
}

/** 1, 2, ... up to twice the core count; above 8 the ladder 12, 16, 24, 32, 48, 64, and the core count. */
export function defaultSweepWorkers(cores: number): number[] {
  const top = clampWorkers(2 * cores);
  const ladder = new Set<number>();
  for (let w = 1; w <= Math.min(top, 8); w++) ladder.add(w);
  for (let power = 8; power * 1.5 <= top; power *= 2) {
    ladder.add(power * 1.5);
    if (power * 2 <= top) ladder.add(power * 2);
  }
  ladder.add(clampWorkers(cores));
  ladder.add(top);
  return [...ladder].sort((a, b) => a - b);
}

export function blocksFor(samples: number): number {
  return Math.ceil(samples / BLOCK_SIZE);
}

/** Most chunks a run of this size can be cut into: a chunk holds whole blocks. */
export function maxChunksFor(samples: number): number {
  return Math.min(MAX_CHUNKS, blocksFor(samples));
}

/** The chunk count used when the field is empty: a few per worker, none too long, and not too many. */
export function autoChunks(samples: number, workers: number): number {
  const wanted = Math.max(CHUNKS_PER_WORKER * workers, Math.min(AUTO_MAX_CHUNKS, Math.ceil(samples / AUTO_CHUNK_SAMPLES)));
  return Math.min(maxChunksFor(samples), wanted);
}

/**
 * Checks what a run uses; the sweep's list is checked apart (validateSweepList). Threads mode
 * needs shared memory, which only a cross-origin isolated page has.
 */
export function validatePiForm(
  form: PiForm,
  context: Pick<LabContext, 'canShareMemory' | 'wasmSimd'> = { canShareMemory: true, wasmSimd: true },
): Validation<PiForm, PiParams> {
  const errors: FieldErrors<PiForm> = {};
  if (form.mode === 'threads' && !context.canShareMemory) errors.mode = THREADS_MODE_NEEDS_ISOLATION;
  const onMainThread = form.mode === 'mainThread';
  const kernelError = checkKernel(form.kernel, onMainThread, context.wasmSimd);
  if (kernelError) errors.kernel = kernelError;
  const samples = take(parseWholeNumber(form.samples, SAMPLES_RULE), 'samples', errors);
  // The main thread is one thread, whatever the Workers field says.
  const workers = onMainThread ? 1 : take(parseWholeNumber(form.workers, WORKERS_RULE), 'workers', errors);

  if (samples !== undefined && onMainThread && samples > MAIN_THREAD_MAX_SAMPLES) {
    errors.samples = `Main thread mode is capped at ${formatCount(MAIN_THREAD_MAX_SAMPLES)} samples: the page freezes while it runs, and that should take seconds, not minutes.`;
  }

  let chunks: number | undefined;
  if (samples !== undefined && workers !== undefined && form.chunks.trim() === '') {
    chunks = autoChunks(samples, workers);
  } else if (samples !== undefined && form.chunks.trim() !== '') {
    const max = maxChunksFor(samples);
    const parsed = parseWholeNumber(form.chunks, { min: 1, max });
    if (parsed.ok) chunks = parsed.value;
    else if (parsed.reason === 'range' && max < MAX_CHUNKS)
      errors.chunks = `Enter 1 to ${formatCount(max)}: a chunk holds whole blocks of ${formatCount(BLOCK_SIZE)} samples.`;
    else errors.chunks = parsed.error;
  }

  let seed: number | null = null;
  if (form.seed.trim() !== '') seed = take(parseWholeNumber(form.seed, { min: 0, max: MAX_SEED }), 'seed', errors) ?? null;

  if (Object.keys(errors).length > 0 || samples === undefined || workers === undefined || chunks === undefined) return invalid(errors);
  const sameSeed = form.sameSeed && !onMainThread;
  return valid({ samples, workers, chunks, seed, mode: form.mode, policy: form.policy, sameSeed, kernel: form.kernel });
}

/** What a sweep runs: the same darts, seed and chunks at each of its worker counts. */
export interface SweepPlan {
  /** Samples, chunks and seed as for a run; always on workers, with honest seeds. */
  base: PiParams;
  workerCounts: number[];
  /** Chunk count per point when the person set one; else each point picks its own. */
  fixedChunks: number | null;
}

/**
 * Checks what a sweep uses. It always runs on workers with independent seeds and sets the worker
 * count itself, so Mode, Same seed and Workers cannot make it fail.
 */
export function validateSweep(form: PiForm): Validation<PiForm, SweepPlan> {
  const run = validatePiForm({ ...form, mode: 'workers', sameSeed: false, workers: '1' });
  const list = validateSweepList(form.sweepWorkers);
  if (!run.value || !list.ok) return invalid({ ...run.errors, ...(list.ok ? {} : { sweepWorkers: list.error }) });
  const fixedChunks = form.chunks.trim() === '' ? null : run.value.chunks;
  return valid({ base: run.value, workerCounts: list.value, fixedChunks });
}

/** The sweep's worker counts: it needs 1, the baseline every speed-up is measured against. */
export function validateSweepList(text: string): Parsed<number[]> {
  const list = parseWorkerList(text);
  if (list.ok && !list.value.includes(1)) return { ok: false, error: 'Include 1: speed-up is measured against one worker.', reason: 'range' };
  return list;
}

/**
 * "1, 2, 4" or "1 2 4" -> [1, 2, 4]: distinct worker counts, sorted. Commas separate the counts,
 * so no count is written with a thousands comma (none is above 64).
 */
export function parseWorkerList(text: string): Parsed<number[]> {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, error: 'List at least one worker count, e.g. 1, 2, 4.', reason: 'empty' };
  const counts = new Set<number>();
  for (const part of parts) {
    const parsed = parseWholeNumber(part, WORKERS_RULE);
    if (!parsed.ok)
      return {
        ok: false,
        error: `"${part}": worker counts are whole numbers from 1 to ${WORKERS_RULE.max}, separated by commas or spaces (1, 2, 4).`,
        reason: parsed.reason,
      };
    counts.add(parsed.value);
  }
  if (counts.size > MAX_SWEEP_POINTS) return { ok: false, error: `At most ${MAX_SWEEP_POINTS} worker counts.`, reason: 'range' };
  return { ok: true, value: [...counts].sort((a, b) => a - b) };
}

/** What a kernel comparison runs: the run's settings with each kernel this browser has. */
export interface KernelPlan {
  base: PiParams;
  kernels: PiKernelName[];
}

export function validateKernelComparison(
  form: PiForm,
  context: Pick<LabContext, 'canShareMemory' | 'wasmSimd'> = { canShareMemory: true, wasmSimd: true },
): Validation<PiForm, KernelPlan> {
  const run = validatePiForm({ ...form, kernel: 'js' }, context);
  if (!run.value) return run;
  if (run.value.mode === 'mainThread') return invalid({ mode: 'Compare kernels runs on workers: the page’s own thread has the JavaScript kernel only.' });
  return valid({ base: run.value, kernels: context.wasmSimd ? ['js', 'wasm', 'simd'] : ['js', 'wasm'] });
}
