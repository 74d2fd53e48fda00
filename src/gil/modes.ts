// The simulated GIL's policies as people see them, and the labs' threads mode (the pi and prime
// experiments run as threads under a GIL).
import type { GilSettings, Policy } from './lock';

export const POLICY_LABELS: Record<Policy, string> = {
  none: 'No GIL (free-threaded)',
  old: 'Old GIL (check interval)',
  new: 'New GIL (switch interval)',
};

export const POLICY_OPTIONS = (Object.keys(POLICY_LABELS) as Policy[]).map((value) => ({ value, label: POLICY_LABELS[value] }));

/** Python's defaults: a check every 100 ticks (2.x), a 5 ms switch interval (3.2+). */
export function defaultGilSettings(policy: Policy): GilSettings {
  return { policy, checkInterval: 100, switchIntervalMs: 5 };
}

export const THREADS_MODE_NEEDS_ISOLATION =
  'Threads mode shares one lock between workers through a SharedArrayBuffer, which needs a cross-origin isolated page: reload once to let the app’s service worker isolate it, or serve the app with COOP/COEP headers.';
