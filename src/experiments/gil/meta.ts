// The GIL lab: what it teaches, its settings and how they are checked.
import { formatCount } from '../../format';
import { IO_ROUND_DARTS, IO_WAIT_MS } from '../../gil/thread';
import type { LabMeta } from '../../lab/meta';
import type { FieldSpec } from '../../lab/settings';
import { defaultGilForm, POLICIES, REPEATS_RULE, validateGilForm, WORKLOADS, type GilForm, type GilParams } from './params';

const WORKLOAD_HINTS = {
  cpu: 'Every thread throws darts, holding the lock while it computes.',
  io: `Every thread throws its darts in rounds of ${formatCount(IO_ROUND_DARTS)}, each followed by ${IO_WAIT_MS} ms of I/O with the lock released.`,
  mixed: `Thread 1 does I/O rounds (${formatCount(IO_ROUND_DARTS)} darts, then ${IO_WAIT_MS} ms of I/O) for as long as the others, CPU-bound, are working.`,
} as const;

const POLICY_HINTS = {
  none: 'No lock: every thread runs at once, as processes (or free-threaded Python) do.',
  old: 'Python 2: the holder releases the lock every Check interval ticks and tries to take it straight back.',
  new: 'Python 3.2+: a waiting thread asks the holder to drop the lock after Switch interval; the holder then hands it over.',
} as const;

const fields: readonly FieldSpec<GilForm, GilParams>[] = [
  {
    kind: 'text',
    key: 'threads',
    label: 'Threads',
    link: 'threads',
    hint: (_, __, { cores }) => `1 to 16 simulated threads, each a worker; this machine has ${cores} logical cores.`,
  },
  { kind: 'choice', key: 'policy', label: 'Policy', link: 'policy', options: POLICIES, hint: (form) => POLICY_HINTS[form.policy] },
  {
    kind: 'text',
    key: 'checkInterval',
    label: 'Check interval',
    link: 'check',
    hint: (form) =>
      form.policy === 'old' ? 'Ticks between releases (Python 2’s default: 100). A tick is 256 darts, about 1.5 µs.' : 'Used by the old GIL only.',
  },
  {
    kind: 'text',
    key: 'switchInterval',
    label: 'Switch interval',
    link: 'switch',
    inputMode: 'decimal',
    hint: (form) =>
      form.policy === 'new' ? 'Milliseconds a waiter waits before asking for the lock (Python’s default: 5; down to 0.001).' : 'Used by the new GIL only.',
  },
  { kind: 'choice', key: 'workload', label: 'Workload', link: 'workload', options: WORKLOADS, hint: (form) => WORKLOAD_HINTS[form.workload] },
  {
    kind: 'text',
    key: 'gilFreeShare',
    label: 'GIL-free share',
    link: 'free',
    hint: '0 to 100 %: the part of each round of a CPU-bound thread’s work done with the lock released, as numpy does for its arithmetic (I/O rounds hold the lock for their darts).',
  },
  {
    kind: 'text',
    key: 'work',
    label: 'Work per thread',
    link: 'work',
    hint: 'Darts each thread throws (1e8 works too): 50,000,000 is about a quarter of a second on one core.',
  },
  {
    kind: 'text',
    key: 'repeats',
    label: 'Repeats',
    link: 'repeats',
    hint: `${REPEATS_RULE.min} to ${REPEATS_RULE.max}: how often the threads, one thread and the free workers are each measured, taking turns; the Result gives medians and their spread.`,
  },
];

export const gilLab: LabMeta<GilForm, GilParams> = {
  id: 'gil',
  title: 'The GIL',
  summary: 'Simulated Python threads contend for one lock: see why CPU-bound threads do not speed up, and when they do.',
  heading: 'The GIL: why CPU-bound Python threads don’t speed up',
  lesson:
    'CPython runs one thread at a time: a thread must hold the global interpreter lock (GIL) to execute. Here each simulated thread is a real worker throwing real darts, allowed to compute only while it holds one shared lock, given up as Python 2 or Python 3 does. Watch the lock change hands, compare with the same work on one thread and on free workers (processes), and see where threads do help: I/O, and work that releases the GIL.',
  ready: 'Ready. Pick a preset, or set the threads and policy and press Run.',
  fields,
  defaults: defaultGilForm,
  validate: validateGilForm,
  unavailable: ({ canShareMemory }) =>
    canShareMemory
      ? null
      : 'This page needs cross-origin isolation, and this page load is not isolated. The simulated threads share their lock through a SharedArrayBuffer, which browsers only allow on pages served with the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers (or after the app’s service worker has added them: reload the page once). The other experiments work without it.',
};
