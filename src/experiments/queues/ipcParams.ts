// The IPC cost meter's settings: N integers to a worker and back, for N = 10^3 up to a power of ten.
import { formatCount } from '../../format';
import { parseWholeNumber } from '../../lab/parseNumber';
import { invalid, take, valid, type FieldErrors, type LabContext, type Validation } from '../../lab/settings';
import { formatSeconds, ipcRunSeconds, ipcTaskSeconds, MAX_RUN_SECONDS, MAX_TASK_SECONDS } from './estimate';
import type { QueuesForm } from './form';

export type IpcMethod = 'messages' | 'array' | 'comlink' | 'transfer' | 'ring';

export const IPC_METHODS: IpcMethod[] = ['messages', 'array', 'comlink', 'transfer', 'ring'];

export const IPC_LABELS: Record<IpcMethod, string> = {
  messages: 'A message per integer',
  array: 'One array message',
  comlink: 'A Comlink call per integer',
  transfer: 'A transferred ArrayBuffer',
  ring: 'Shared memory ring',
};

export const IPC_SIZES_RULE = { min: 1_000, max: 1_000_000 };

/** A measurement the meter will not make, and why. */
export interface IpcRefusal {
  method: IpcMethod;
  n: number;
  reason: string;
}

export interface IpcParams {
  sizes: number[];
  /** Every (method, N) measured, in order: N ascending, the methods in turn. */
  steps: { method: IpcMethod; n: number }[];
  refused: IpcRefusal[];
}

export function validateIpc(form: QueuesForm, { canShareMemory }: LabContext): Validation<QueuesForm, IpcParams> {
  const errors: FieldErrors<QueuesForm> = {};
  const upTo = take(parseWholeNumber(form.ipcUpTo, IPC_SIZES_RULE), 'ipcUpTo', errors);
  if (upTo === undefined) return invalid(errors);
  const power = Math.log10(upTo);
  if (!Number.isInteger(Math.round(power * 1e9) / 1e9) || 10 ** Math.round(power) !== upTo)
    return invalid({ ipcUpTo: `Enter a power of ten: 1e3, 1e4, 1e5 or 1e6 (N runs over the powers of ten from ${formatCount(IPC_SIZES_RULE.min)} up to it).` });
  const sizes = Array.from({ length: Math.round(power) - 2 }, (_, i) => 10 ** (i + 3));
  const steps: IpcParams['steps'] = [];
  const refused: IpcRefusal[] = [];
  for (const n of sizes) {
    for (const method of IPC_METHODS) {
      const seconds = ipcRunSeconds(method, n);
      if (method === 'ring' && !canShareMemory) refused.push({ method, n, reason: 'not measured: the ring needs a cross-origin isolated page' });
      else if (seconds > MAX_RUN_SECONDS) refused.push({ method, n, reason: `refused: would take about ${formatSeconds(seconds)}` });
      else steps.push({ method, n });
    }
  }
  const total = steps.reduce((sum, step) => sum + ipcTaskSeconds(step.method, step.n), 0);
  if (total > MAX_TASK_SECONDS)
    return invalid({ ipcUpTo: `Measuring every way up to ${formatCount(upTo)} would take about ${formatSeconds(total)}; go up to a smaller N.` });
  return valid({ sizes, steps, refused });
}
