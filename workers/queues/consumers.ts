// The book's worker loop, two ways: numbers arrive as messages (one per number, or batches), or
// through a queue in shared memory. Either way the worker blocks until an item comes, checks
// it, puts primes on the result queue, and on its poison pill answers with a finished flag.
import { epochNow, type Timed } from '../../src/clock';
import type { SharedQueue } from '../../src/kernels/sharedQueue';
import { ConsumerMeter } from './meter';
import { finishedFlag, FINISHED_FLAG, POISON_PILL, type ConsumerMessage, type ConsumerSummary } from './protocol';

type Port = Pick<MessagePort, 'postMessage'> & { onmessage: ((event: MessageEvent) => void) | null };

/**
 * Takes numbers from `port` until the poison pill: each a message of its own, or a batch
 * (Float64Array) answered with one message of its primes. Waiting for a message is the
 * worker's event loop: it sleeps until one arrives.
 */
export function consumeMessages(port: Port, msPerDivision: number): Promise<Timed<ConsumerSummary>> {
  const post = (message: ConsumerMessage) => port.postMessage(message);
  return new Promise((resolve) => {
    const meter = new ConsumerMeter(msPerDivision, (summary) => post({ summary }));
    port.onmessage = ({ data }: MessageEvent<number | Float64Array>) => {
      if (data === POISON_PILL) {
        port.onmessage = null;
        post(FINISHED_FLAG);
        const end = epochNow();
        resolve({ result: meter.summary(end, true), startEpochMs: meter.startedAt, endEpochMs: end });
      } else if (typeof data === 'number') {
        if (meter.check(data)) post(data);
      } else {
        const primes: number[] = [];
        for (const n of data) if (meter.check(n)) primes.push(n);
        if (primes.length > 0) post(Float64Array.from(primes));
      }
    };
  });
}

/**
 * Takes numbers from the shared work queue until the poison pill, asleep in Atomics.wait while
 * it is empty; puts primes, then its finished flag, on the shared result queue. Summaries go to
 * `port`. Returns early (pill false) if the queues are stopped.
 */
export function consumeRing(
  work: SharedQueue,
  results: SharedQueue,
  port: Pick<MessagePort, 'postMessage'>,
  lane: number,
  msPerDivision: number,
): Timed<ConsumerSummary> {
  const meter = new ConsumerMeter(msPerDivision, (summary) => port.postMessage({ summary } satisfies ConsumerMessage));
  let pill = false;
  for (;;) {
    const n = work.take();
    if (n !== n) break; // stopped
    if (n === POISON_PILL) {
      pill = results.put(finishedFlag(lane));
      break;
    }
    if (meter.check(n) && !results.put(n)) break;
  }
  const end = epochNow();
  return { result: meter.summary(end, pill), startEpochMs: meter.startedAt, endEpochMs: end };
}
