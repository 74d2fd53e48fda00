// The parent for messages: a MessagePort per worker (a port has one owner, so the page deals
// the numbers out in turns). One message per number, as multiprocessing.Queue pickles each
// item, or one per batch. Workers answer on the same port with primes, summaries and a flag.
import { transfer, type Remote } from 'comlink';
import { epochNow } from '../../clock';
import { nextTask } from '../../nextTask';
import type { QueuesApi } from '../../../workers/queuesApi';
import { FINISHED_FLAG, POISON_PILL, type ConsumerMessage } from '../../../workers/queues/protocol';
import { FinishedFlags, laneOutcome, SLICE_MS, type QueueParent } from './parent';
import { recordSummary, type QueueLive } from './queueLive';

/** Messages sent between two looks at the clock. */
const SENDS_PER_CLOCK_READ = 64;
/**
 * Numbers sent to one worker before the next worker's turn, one message each. Dealt one by one,
 * two workers would get the even and the odd numbers: one would have all the work.
 */
const DEAL_RUN = 64;

export function messageParent(kind: 'message' | 'batch', items: Float64Array, batchSize: number, live: QueueLive): QueueParent {
  const workers = live.workers;
  const ports: MessagePort[] = [];
  const flags = new FinishedFlags(workers);
  let closed = false;

  const receive =
    (lane: number) =>
    ({ data }: MessageEvent<ConsumerMessage>) => {
      if (typeof data === 'number') {
        live.primes++;
        live.primeSum += data;
      } else if (data instanceof Float64Array) {
        live.primes += data.length;
        for (const prime of data) live.primeSum += prime;
      } else if (data === FINISHED_FLAG) {
        const at = epochNow();
        live.lanes[lane].finishedAt = at;
        live.finishedFlags++;
        flags.arrived(lane, at);
      } else recordSummary(live, lane, data.summary, true);
    };

  async function feed() {
    const size = kind === 'batch' ? batchSize : 1;
    const turn = kind === 'batch' ? 1 : DEAL_RUN;
    let next = 0;
    let lane = 0;
    let sentThisTurn = 0;
    while (next < items.length) {
      const sliceEnd = performance.now() + SLICE_MS;
      do {
        for (let k = 0; k < SENDS_PER_CLOCK_READ && next < items.length; k++) {
          // A batch is a copy of its numbers, as a pickled list is.
          ports[lane].postMessage(kind === 'batch' ? items.slice(next, next + size) : items[next]);
          const count = Math.min(size, items.length - next);
          live.lanes[lane].sent += count;
          next += count;
          if (++sentThisTurn === turn) {
            sentThisTurn = 0;
            lane = lane + 1 === workers ? 0 : lane + 1;
          }
        }
      } while (next < items.length && performance.now() < sliceEnd);
      const at = epochNow();
      for (const state of live.lanes) state.sentLog.push({ at, sent: state.sent });
      live.sent = next;
      await nextTask();
      if (closed) return;
    }
    for (const [lane, port] of ports.entries()) {
      port.postMessage(POISON_PILL);
      live.pillsSent++;
      live.lanes[lane].pillSentAt = epochNow();
    }
  }

  return {
    async connect(remote, worker) {
      await remote.warmUp();
      const channel = new MessageChannel();
      channel.port1.onmessage = receive(worker);
      ports[worker] = channel.port1;
      await remote.connect(transfer(channel.port2, [channel.port2]));
    },
    start(runStartEpochMs) {
      live.runStartEpochMs = runStartEpochMs;
      feed().catch((error: unknown) => flags.fail(error));
    },
    lane: (remote: Remote<QueuesApi>, lane) => laneOutcome(remote.consume(kind, lane), flags.of(lane), (summary) => recordSummary(live, lane, summary, true)),
    close() {
      closed = true;
      for (const port of ports) port.close();
    },
  };
}
