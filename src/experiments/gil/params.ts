// The GIL lab's settings: what a person types, the presets, and the rules between them.
import { parseDecimal, parseWholeNumber } from '../../lab/parseNumber';
import { formatCount } from '../../format';
import { invalid, take, valid, type FieldErrors, type Validation } from '../../lab/settings';
import type { Policy } from '../../gil/lock';
import { POLICY_OPTIONS } from '../../gil/modes';
import { IO_ROUND_DARTS, IO_WAIT_MS } from '../../gil/thread';

export type Workload = 'cpu' | 'io' | 'mixed';

/** Everything a run needs, validated. */
export interface GilParams {
  threads: number;
  policy: Policy;
  checkInterval: number;
  switchIntervalMs: number;
  workload: Workload;
  /** 0..1 */
  gilFreeShare: number;
  /** Darts per thread (an I/O thread throws them in rounds between its waits). */
  work: number;
  /** Times each of the three runs (threads, one thread, free workers) is measured, interleaved. */
  repeats: number;
}

export interface GilForm {
  threads: string;
  policy: Policy;
  checkInterval: string;
  switchInterval: string;
  workload: Workload;
  gilFreeShare: string;
  work: string;
  repeats: string;
}

export const THREADS_RULE = { min: 1, max: 16 };
export const CHECK_INTERVAL_RULE = { min: 1, max: 1_000_000 };
/** CPython allows down to 1 µs. */
export const SWITCH_INTERVAL_RULE = { min: 0.001, max: 1_000 };
export const WORK_RULE = { min: 100_000, max: 1_000_000_000 };
export const REPEATS_RULE = { min: 1, max: 9 };
/** Darts per second one core throws here, roughly: to refuse runs that take minutes. */
const DARTS_PER_SECOND = 1.5e8;
/** The longest one phase (threads, or a baseline) may take, estimated. */
export const MAX_PHASE_SECONDS = 20;
/** The longest a whole comparison (every run of every repeat) may take, estimated. */
export const MAX_TASK_SECONDS = 120;

export const POLICIES = POLICY_OPTIONS;

export const WORKLOADS: { value: Workload; label: string }[] = [
  { value: 'cpu', label: 'CPU-bound' },
  { value: 'io', label: 'I/O-bound' },
  { value: 'mixed', label: 'Mixed' },
];

export function defaultGilForm(): GilForm {
  return { threads: '2', policy: 'new', checkInterval: '100', switchInterval: '5', workload: 'cpu', gilFreeShare: '0', work: '50,000,000', repeats: '3' };
}

export interface Preset {
  id: string;
  name: string;
  /** What to look for, in one sentence. */
  lookFor: (cores: number) => string;
  form: (cores: number) => GilForm;
}

/**
 * numpy's threads: as many as there are cores to run them, 2 to 4. More threads than cores only
 * adds the time-slicing of the threads' GIL-free parts to the lesson.
 */
export const numpyThreads = (cores: number) => Math.max(2, Math.min(4, cores));

export const PRESETS: readonly Preset[] = [
  {
    id: 'orthanc',
    name: 'Orthanc: 3 concurrent requests',
    lookFor: (cores) =>
      `Three CPU-bound requests of about T each take about 3T under a GIL, one after another; a pool of processes takes about T` +
      (cores >= 3 ? '.' : `, given 3 cores: this machine has ${cores}, so about ${(3 / cores).toFixed(1)}T here.`),
    form: () => ({ ...defaultGilForm(), threads: '3', policy: 'new', workload: 'cpu', work: '100,000,000' }),
  },
  {
    id: 'beazley',
    name: 'Beazley: two CPU threads, old GIL',
    lookFor: () =>
      'Beazley measured two CPU-bound threads under Python 2 taking about twice as long as the same work done one after the other. The holder lets go at every check and takes the lock straight back, so the waiting thread is woken again and again only to find it taken: count the failed attempts (red marks) and compare the ratio to one thread. Python 2 checked every 100 bytecodes, a few microseconds; a tick here is 256 darts (about 1.5 µs), so this preset checks every 2 ticks, Python 2’s pace. At its default of 100 ticks the holder lets go some 30 times less often, and the battle mostly fades: try it.',
    form: () => ({ ...defaultGilForm(), threads: '2', policy: 'old', checkInterval: '2', workload: 'cpu', work: '50,000,000' }),
  },
  {
    id: 'newgil',
    name: 'New GIL: no speed-up, little loss',
    lookFor: () =>
      'Four CPU-bound threads take about as long as one thread doing all the work: the lock changes hands every switch interval and only one thread runs at a time.',
    form: () => ({ ...defaultGilForm(), threads: '4', policy: 'new', workload: 'cpu', work: '50,000,000' }),
  },
  {
    id: 'convoy',
    name: 'Convoy: one I/O thread beside CPU threads',
    lookFor: () =>
      'Thread 1 waits on I/O and needs the lock only briefly, yet each time it comes back it waits a whole switch interval for a CPU thread to drop the lock, behind the other waiters: its rounds per second collapse to about one per interval with one CPU thread beside it, half that with the two here.',
    form: () => ({ ...defaultGilForm(), threads: '3', policy: 'new', workload: 'mixed', work: '50,000,000' }),
  },
  {
    id: 'numpy',
    name: 'numpy releases the GIL',
    lookFor: (cores) =>
      `90 % of each round runs with the lock released, as numpy arithmetic does: threads now speed up, as Amdahl's law with a 10 % serial share allows (at most ${(1 / (0.1 + 0.9 / Math.min(numpyThreads(cores), cores))).toFixed(2)}× on ${Math.min(numpyThreads(cores), cores)} ${cores === 1 ? 'core' : 'cores'}).`,
    form: (cores) => ({ ...defaultGilForm(), threads: String(numpyThreads(cores)), policy: 'new', workload: 'cpu', gilFreeShare: '90', work: '50,000,000' }),
  },
];

/** I/O-bound threads throw their darts in rounds; each round ends with IO_WAIT_MS of I/O. */
export function ioRoundsFor(work: number): number {
  return Math.max(1, Math.ceil(work / IO_ROUND_DARTS));
}

export function validateGilForm(form: GilForm): Validation<GilForm, GilParams> {
  const errors: FieldErrors<GilForm> = {};
  const threads = take(parseWholeNumber(form.threads, THREADS_RULE), 'threads', errors);
  const checkInterval = take(parseWholeNumber(form.checkInterval, CHECK_INTERVAL_RULE), 'checkInterval', errors);
  const switchIntervalMs = take(parseDecimal(form.switchInterval, SWITCH_INTERVAL_RULE), 'switchInterval', errors);
  const sharePercent = take(parseWholeNumber(form.gilFreeShare, { min: 0, max: 100 }), 'gilFreeShare', errors);
  const work = take(parseWholeNumber(form.work, WORK_RULE), 'work', errors);
  const repeats = take(parseWholeNumber(form.repeats, REPEATS_RULE), 'repeats', errors);

  if (threads !== undefined && form.workload === 'mixed' && threads < 2) {
    errors.threads = 'Mixed needs 2 or more threads: thread 1 does I/O beside the CPU-bound others.';
  }
  if (threads !== undefined && work !== undefined && !errors.threads) {
    // The one-thread baseline does every thread's work: the longest of the three runs.
    const seconds =
      form.workload === 'cpu'
        ? (threads * work) / DARTS_PER_SECOND
        : form.workload === 'io'
          ? (threads * ioRoundsFor(work) * (IO_WAIT_MS * 1.1)) / 1000
          : ((threads - 1) * work) / DARTS_PER_SECOND;
    if (seconds > MAX_PHASE_SECONDS) {
      errors.work = `${formatCount(threads)} threads × ${formatCount(work)} darts would take about ${Math.round(seconds)} s on one thread (the baseline); keep it under about ${MAX_PHASE_SECONDS} s: fewer darts or threads.`;
    } else if (repeats !== undefined && 3 * repeats * seconds > MAX_TASK_SECONDS) {
      // Each repeat measures three runs; none takes longer than the one-thread baseline, usually.
      errors.repeats = `${formatCount(repeats)} repeats of three runs would take up to about ${Math.round(3 * repeats * seconds)} s; keep it under about ${MAX_TASK_SECONDS} s: fewer repeats, darts or threads.`;
    }
  }
  if (
    Object.keys(errors).length > 0 ||
    threads === undefined ||
    checkInterval === undefined ||
    switchIntervalMs === undefined ||
    sharePercent === undefined ||
    work === undefined ||
    repeats === undefined
  ) {
    return invalid(errors);
  }
  return valid({ threads, policy: form.policy, checkInterval, switchIntervalMs, workload: form.workload, gilFreeShare: sharePercent / 100, work, repeats });
}
