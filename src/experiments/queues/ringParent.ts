// The parent for the shared-memory ring: one work queue all workers take from, as they share a
// multiprocessing.Queue, and one result queue. The page may not block, so it puts and takes
// without waiting and, when it can do neither, sleeps in Atomics.waitAsync; the workers block
// in Atomics.wait. Summaries come on a port per worker, beside the measured traffic.
import { transfer, type Remote } from 'comlink';
import { epochNow } from '../../clock';
import { createSharedQueue, SharedQueue } from '../../kernels/sharedQueue';
import { nextTask } from '../../nextTask';
import type { QueuesApi } from '../../../workers/queuesApi';
import { laneOfFlag, POISON_PILL, type ConsumerSummary } from '../../../workers/queues/protocol';
import { FinishedFlags, laneOutcome, SLICE_MS, type QueueParent } from './parent';
import { recordSummary, type QueueLive } from './queueLive';

/** Slots in each queue: the work queue holds this many numbers waiting. */
export const RING_SLOTS = 4096;
/** Longest sleep of the page between two looks at the queues. */
const WAIT_MS = 5;
/** How often the page samples the work queue's depth. */
const DEPTH_EVERY_MS = 20;
const MOVES_PER_CLOCK_READ = 256;

export function ringParent(items: Float64Array, live: QueueLive): QueueParent {
  const workers = live.workers;
  const buffers = { work: createSharedQueue(RING_SLOTS), results: createSharedQueue(RING_SLOTS) };
  const work = new SharedQueue(buffers.work);
  const results = new SharedQueue(buffers.results);
  const ports: MessagePort[] = [];
  const flags = new FinishedFlags(workers);
  let closed = false;

  const receive = (value: number) => {
    const lane = laneOfFlag(value);
    if (lane < 0) {
      live.primes++;
      live.primeSum += value;
      return;
    }
    const at = epochNow();
    live.lanes[lane].finishedAt = at;
    live.finishedFlags++;
    flags.arrived(lane, at);
  };

  async function run(runStartEpochMs: number) {
    let next = 0;
    let pills = 0;
    let lastSample = -Infinity;
    while (live.finishedFlags < workers && !closed) {
      const sliceEnd = performance.now() + SLICE_MS;
      let progressed = false;
      while (performance.now() < sliceEnd) {
        let moved = 0;
        while (moved < MOVES_PER_CLOCK_READ && next < items.length && work.tryPut(items[next])) (next++, moved++);
        while (next === items.length && pills < workers && work.tryPut(POISON_PILL)) {
          live.lanes[pills].pillSentAt = epochNow(); // pills are anonymous: counted in the order sent
          pills++;
          live.pillsSent = pills;
        }
        for (let value = results.tryTake(); value === value; value = results.tryTake()) (receive(value), moved++);
        if (moved === 0) break;
        progressed = true;
      }
      live.sent = next;
      const now = epochNow();
      if (now - lastSample >= DEPTH_EVERY_MS) {
        lastSample = now;
        live.depth.push({ atMs: now - runStartEpochMs, lane: -1, depth: work.depth() });
      }
      if (live.finishedFlags === workers || closed) return;
      if (progressed) await nextTask();
      else if (next < items.length || pills < workers) await work.whenChanged('room', WAIT_MS);
      else await results.whenChanged('items', WAIT_MS);
    }
  }

  return {
    async connect(remote, worker) {
      await remote.warmUp();
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data }: MessageEvent<{ summary: ConsumerSummary }>) => recordSummary(live, worker, data.summary, false);
      ports[worker] = channel.port1;
      await remote.connect(transfer(channel.port2, [channel.port2]));
      await remote.attachQueues(buffers.work, buffers.results);
    },
    start(runStartEpochMs) {
      live.runStartEpochMs = runStartEpochMs;
      run(runStartEpochMs).catch((error: unknown) => flags.fail(error));
    },
    lane: (remote: Remote<QueuesApi>, lane) =>
      laneOutcome(remote.consume('ring', lane), flags.of(lane), (summary) => recordSummary(live, lane, summary, false)),
    close() {
      closed = true;
      // Wakes every worker asleep on either queue: they return and can be terminated at once.
      work.stop();
      results.stop();
      for (const port of ports) port.close();
    },
  };
}
