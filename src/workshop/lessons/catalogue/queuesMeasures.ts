// What the queue and early-exit lessons read from the queues lab's tasks: a way's time over no
// queue's, and an early-exit run's trial divisions, the work done after the factor was found and
// what looking at the flag cost.
import { formatCount, formatDuration } from '../../../format';
import type { Fields, TaskExport } from '../../../runs/exportFormat';
import type { Measurement } from '../lesson';
import { numberIn, taskOf } from '../measures';

export type QueueWay = 'message' | 'batch' | 'ring';

const WAY_NAMES: Record<QueueWay, string> = {
  message: 'one message per number',
  batch: 'batches',
  ring: 'the shared memory ring',
};

const workersText = (workers: number | null) => (workers === null ? '' : ` (${workers} ${workers === 1 ? 'worker' : 'workers'})`);

/** A queue's wall time over no queue's (one worker, a plain loop), from a run of the two. */
export function timeOverNoQueue(way: QueueWay): (task: TaskExport) => Measurement | null {
  return (task) => {
    const run = taskOf(task, 'queues', 'run');
    const none = run?.points.find((p) => p.way === 'none');
    const queue = run?.points.find((p) => p.way === way);
    const noneMs = numberIn(none, 'wallMs');
    const queueMs = numberIn(queue, 'wallMs');
    if (!noneMs || !queueMs || noneMs <= 0 || queueMs <= 0) return null;
    const odd = run!.runs.some((r) => r.summary.skipEven === true) ? ', odd numbers only' : '';
    return {
      value: queueMs / noneMs,
      detail: `no queue${workersText(numberIn(none, 'workers'))}: ${formatDuration(noneMs)}, ${WAY_NAMES[way]}${workersText(numberIn(queue, 'workers'))}: ${formatDuration(queueMs)}${odd}`,
    };
  };
}

/** An early-exit Verify: its runs with no flag (baseline), searching with it, and timing its checks. */
function verifyPoints(task: TaskExport): { baseline: Fields; search: Fields; checkCost: Fields | undefined } | null {
  const verify = taskOf(task, 'queues', 'verify');
  const baseline = verify?.points.find((p) => p.variant === 'baseline');
  const search = verify?.points.find((p) => p.variant === 'search');
  if (!baseline || !search) return null;
  return { baseline, search, checkCost: verify!.points.find((p) => p.variant === 'checkCost') };
}

const foundText = (search: Fields) => {
  const factor = numberIn(search, 'factor');
  return factor === null ? 'no factor found' : `the factor ${formatCount(factor)} found`;
};

/** The share of the no-flag search's trial divisions the search with the flag did not need, in %. */
export function workSavedPercent(task: TaskExport): Measurement | null {
  const points = verifyPoints(task);
  const without = numberIn(points?.baseline, 'divisions');
  const withFlag = numberIn(points?.search, 'divisions');
  if (!points || !without || withFlag === null) return null;
  return {
    value: (1 - withFlag / without) * 100,
    detail: `${foundText(points.search)}; ${formatCount(withFlag)} trial divisions with the flag (${formatDuration(numberIn(points.search, 'wallMs') ?? NaN)}), ${formatCount(without)} with no flag (${formatDuration(numberIn(points.baseline, 'wallMs') ?? NaN)})`,
  };
}

/** Divisions the other workers did after the factor was found, before they saw the flag (at most one interval each). */
export function divisionsAfterFactor(task: TaskExport): Measurement | null {
  const search = verifyPoints(task)?.search;
  const wasted = numberIn(search, 'wastedDivisions');
  const foundAt = numberIn(search, 'answerMs');
  const stoppedAt = numberIn(search, 'wallMs');
  const every = numberIn(search, 'checkEvery');
  if (!search || wasted === null || foundAt === null || stoppedAt === null || every === null || numberIn(search, 'factor') === null) return null;
  return {
    value: wasted,
    detail: `at most one interval per worker, from its pace between the factor and its stop; checking the flag every ${formatCount(every)} divisions, ${foundText(search)} after ${formatDuration(foundAt)}, every worker stopped by ${formatDuration(stoppedAt)}`,
  };
}

/** What looking at the flag cost, in % of the time of the same divisions not looking. */
export function checkCostPercent(task: TaskExport): Measurement | null {
  const point = verifyPoints(task)?.checkCost;
  const cost = numberIn(point, 'checkCost');
  const every = numberIn(point, 'checkEvery');
  const blocks = numberIn(point, 'blocks');
  if (cost === null || every === null || !blocks) return null;
  return {
    value: cost * 100,
    detail: `looking every ${formatCount(every)} ${every === 1 ? 'division' : 'divisions'}, the median of ${formatCount(blocks)} ${blocks === 1 ? 'block' : 'blocks'} of divisions timed looking and not looking`,
  };
}
