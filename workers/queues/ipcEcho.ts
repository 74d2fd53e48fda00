// The far end of the IPC cost meter: whatever the page sends comes straight back, read on the
// way (a batch is summed, as a consumer would read it), by the same means it came.
import type { SharedQueue } from '../../src/kernels/sharedQueue';

type Port = Pick<MessagePort, 'postMessage'> & { onmessage: ((event: MessageEvent) => void) | null };

/** Echoes every message on `port`: a number as it came, an array or a transferred buffer after reading it. */
export function echoMessages(port: Port): void {
  port.onmessage = ({ data }: MessageEvent<number | number[] | ArrayBuffer>) => {
    if (typeof data === 'number') port.postMessage(data);
    else if (data instanceof ArrayBuffer) {
      sum(new Float64Array(data));
      port.postMessage(data, [data]);
    } else {
      sum(data);
      port.postMessage(data);
    }
  };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** Takes `count` numbers from `out` and puts each on `back`, blocking on either; the count done (short if stopped). */
export function echoRing(out: SharedQueue, back: SharedQueue, count: number): number {
  for (let done = 0; done < count; done++) {
    const value = out.take();
    if (value !== value || !back.put(value)) return done;
  }
  return count;
}
