// The work queues' lesson in a sentence, with this machine's figures.
import { formatCount, formatDuration } from '../../format';
import type { QueueNumbers } from './form';
import { WAY_LABELS } from './params';
import type { WayPoint } from './queueTasks';

export function ratioText(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio < 10 ? ratio.toFixed(1) : formatCount(Math.round(ratio))}×` : '–';
}

function wayName(point: WayPoint, batchSize: number): string {
  return point.way === 'batch' ? `batches of ${formatCount(batchSize)}` : WAY_LABELS[point.way].toLowerCase();
}

/** "No queue took 131 ms on one worker; on 2 workers one message per number took 5.30 s (40×) …", or null without a baseline. */
export function queueLesson(points: readonly WayPoint[], settings: QueueNumbers & { batchSize: number }): string | null {
  const baseline = points.find((p) => p.way === 'none');
  const queues = points.filter((p) => p.way !== 'none');
  if (!baseline || queues.length === 0) return null;
  const workers = queues[0].workers;
  const each = queues.map((p) => `${wayName(p, settings.batchSize)} ${formatDuration(p.wallMs)} (${ratioText(p.wallMs / baseline.wallMs)})`).join(', ');
  const winners = queues.filter((p) => p.wallMs < baseline.wallMs);
  const messageLoses = queues.some((p) => p.way === 'message' && p.wallMs >= baseline.wallMs);
  const odd = settings.skipEven ? ' Even numbers were skipped: half the messages, and almost none of the work (an even number costs one division).' : '';
  const verdict =
    winners.length === 0
      ? 'Every number checked costs less than handing it over: one worker with no queue beats every queue, as in the book.'
      : `Here ${winners.map((p) => wayName(p, settings.batchSize)).join(' and ')} beat no queue: with few enough messages, ${workers} workers’ checking outweighs the talking.${messageLoses ? ' One message per number still loses.' : ''}`;
  return `No queue took ${formatDuration(baseline.wallMs)} on one worker; on ${workers} ${workers === 1 ? 'worker' : 'workers'}, ${each}.${odd} ${verdict}`;
}
