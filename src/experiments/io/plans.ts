// The lab's tasks of several runs: the two sweeps and the two presets, each a list of steps.
import { formatCount } from '../../format';
import { invalid, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { defaultIoForm, estimateRunMs, formatSeconds, readServerAndCpu, validateIoForm, type IoForm, type IoParams } from './params';

/** One run of a task: its settings, where it goes on a chart's x axis, and its name. */
export interface IoStep {
  label: string;
  x: number;
  params: IoParams;
}

export type PlanKind = 'inFlight' | 'batchSize' | 'database' | 'cpu';

export interface IoPlan {
  kind: PlanKind;
  steps: IoStep[];
}

/** A whole sweep estimated to take longer than this is refused. */
export const MAX_SWEEP_SECONDS = 240;
const BATCH_SIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** In-flight limits 1, 2, 4, ... below the request count, then all of them at once. */
export function inFlightLadder(requests: number): number[] {
  const limits: number[] = [];
  for (let limit = 1; limit < requests; limit *= 2) limits.push(limit);
  limits.push(requests);
  return limits;
}

/** Batch sizes 1, 2, 5, 10, ... up to 1,000, and one batch of everything when that is fewer. */
export function batchLadder(requests: number): number[] {
  const sizes = BATCH_SIZES.filter((size) => size < requests);
  if (requests <= BATCH_SIZES.at(-1)!) sizes.push(requests);
  return sizes;
}

function validateSweep(kind: 'inFlight' | 'batchSize', form: IoForm, { cores }: LabContext): Validation<IoForm, IoPlan> {
  const errors: FieldErrors<IoForm> = {};
  const shared = readServerAndCpu(form, errors);
  if (!shared) return invalid(errors);
  const steps: IoStep[] =
    kind === 'inFlight'
      ? inFlightLadder(shared.requests).map((inFlight) => ({
          label: `${formatCount(inFlight)} in flight`,
          x: inFlight,
          params: { ...shared, client: 'concurrent', inFlight, batchSize: 1 },
        }))
      : batchLadder(shared.requests).map((batchSize) => ({
          label: `batches of ${formatCount(batchSize)}`,
          x: batchSize,
          params: { ...shared, client: 'batches', inFlight: 1, batchSize },
        }));
  const seconds = steps.reduce((sum, step) => sum + estimateRunMs(step.params, cores), 0) / 1000;
  if (seconds > MAX_SWEEP_SECONDS) {
    return invalid({
      requests: `This sweep (${steps.length} runs) would take about ${formatSeconds(seconds)}; keep it under about ${MAX_SWEEP_SECONDS / 60} minutes: fewer requests, a shorter latency or less CPU work.`,
    });
  }
  return valid({ kind, steps });
}

export const validateInFlightSweep = (form: IoForm, context: LabContext) => validateSweep('inFlight', form, context);
export const validateBatchSweep = (form: IoForm, context: LabContext) => validateSweep('batchSize', form, context);

// --- Presets ---

/** The book's database example (ch. 8): 1,028 primes below 8,192, each saved with a 50 ms call. */
export const BOOK_DATABASE = { items: 1028, latencyMs: 50, serialSeconds: 55.2, batchedSeconds: 4.09, batchSize: 100, ratio: 13.5, waitingShare: 0.93 };
/** Every time of the book's example is divided by this, so the preset takes seconds, not a minute. */
export const DATABASE_SCALE = 10;
/** The book's own work per prime: its serial time not spent waiting, over the primes (about 3.7 ms). */
export const BOOK_CPU_PER_ITEM_MS = (BOOK_DATABASE.serialSeconds * 1000 - BOOK_DATABASE.items * BOOK_DATABASE.latencyMs) / BOOK_DATABASE.items;

export interface Preset {
  kind: 'database' | 'cpu';
  name: string;
  /** What to look for, in a sentence or two. */
  lookFor(cores: number): string;
  steps(cores: number): { label: string; form: IoForm }[];
}

const blank = (cores: number, changes: Partial<IoForm>): IoForm => ({ ...defaultIoForm(cores), cpuWorkers: String(cpuPresetWorkers(cores)), ...changes });

/** The CPU preset's workers: this machine's cores (at least 2, so there is something to take over). */
export function cpuPresetWorkers(cores: number): number {
  return Math.max(2, Math.min(8, Math.floor(cores) || 1));
}

export const PRESETS: readonly Preset[] = [
  {
    kind: 'database',
    name: 'The book’s database example, scaled',
    lookFor: () =>
      `1,028 primes, each saved with a call of ${BOOK_DATABASE.latencyMs / DATABASE_SCALE} ms, one after another, then in batches of 100. The book took ${BOOK_DATABASE.serialSeconds} s and ${BOOK_DATABASE.batchedSeconds} s (${BOOK_DATABASE.ratio}×); every time here is the book’s divided by ${DATABASE_SCALE}.`,
    steps: (cores) => {
      const base = {
        requests: String(BOOK_DATABASE.items),
        latency: String(BOOK_DATABASE.latencyMs / DATABASE_SCALE),
        clientCpu: (BOOK_CPU_PER_ITEM_MS / DATABASE_SCALE).toFixed(2),
      };
      return [
        { label: 'One after another', form: blank(cores, { ...base, client: 'serial' }) },
        { label: 'Batches of 100', form: blank(cores, { ...base, client: 'batches', batchSize: String(BOOK_DATABASE.batchSize) }) },
      ];
    },
  },
  {
    kind: 'cpu',
    name: 'CPU and waiting',
    lookFor: (cores) =>
      `50 requests of 100 ms, each answer needing 20 ms of CPU work. More in flight overlaps the waits until the page’s CPU work, 50 × 20 ms on its one thread, is what takes the time; on ${cpuPresetWorkers(cores)} workers that work runs side by side${cores < cpuPresetWorkers(cores) ? ` (this machine has ${cores} logical cores)` : ''}.`,
    steps: (cores) => {
      const base = { requests: '50', latency: '100', clientCpu: '20' };
      return [
        { label: 'One after another', form: blank(cores, { ...base, client: 'serial' }) },
        { label: '5 in flight', form: blank(cores, { ...base, client: 'concurrent', inFlight: '5' }) },
        { label: '50 in flight', form: blank(cores, { ...base, client: 'concurrent', inFlight: '50' }) },
        { label: `50 in flight, ${cpuPresetWorkers(cores)} workers`, form: blank(cores, { ...base, client: 'concurrent', inFlight: '50', cpuOn: 'workers' }) },
      ];
    },
  },
];

/** A preset's runs, checked like any run's settings. */
export function presetPlan(kind: Preset['kind'], context: LabContext): Validation<IoForm, IoPlan> {
  const preset = PRESETS.find((p) => p.kind === kind)!;
  const steps: IoStep[] = [];
  for (const [x, { label, form }] of preset.steps(context.cores).entries()) {
    const checked = validateIoForm(form, context);
    if (!checked.value) return checked;
    steps.push({ label, x, params: checked.value });
  }
  return valid({ kind, steps });
}
