// A bounded queue of numbers in shared memory, for any number of producers and consumers at
// once (D. Vyukov's bounded MPMC queue): each slot carries a sequence number that says whose
// turn it is, so putting and taking never take a lock. Workers block on it as a Python process
// blocks on Queue.get(): asleep in Atomics.wait until a put (or Stop) wakes them. The page, which
// may not block, uses the non-blocking calls and waits with Atomics.waitAsync.
//
// Values are any numbers except NaN, which the non-blocking take returns for "empty".

/** Slots of the control words. */
export const QUEUE = {
  /** Next position to put at, and to take from (int32, wrapping). */
  PUT_POS: 0,
  TAKE_POS: 1,
  /** Completed puts and takes: the words waiters sleep on. */
  PUTS: 2,
  TAKES: 3,
  /** Consumers asleep waiting for an item; producers asleep waiting for space. */
  CONSUMERS_WAITING: 4,
  PRODUCERS_WAITING: 5,
  /** Set by Stop: every blocked call returns. */
  STOP: 6,
  /** Waiting consumers are woken once this many items wait (0 or 1: at once). */
  WAKE_AT: 7,
} as const;
const CONTROL_SLOTS = 8;

/** Longest single sleep: each wait is re-checked, so this only bounds a missed Stop. */
const WAIT_SLICE_MS = 50;

export interface SharedQueueBuffers {
  control: SharedArrayBuffer;
  sequence: SharedArrayBuffer;
  values: SharedArrayBuffer;
}

/** A queue of `capacity` slots (rounded up to a power of two, at least 2). */
export function createSharedQueue(capacity: number): SharedQueueBuffers {
  const slots = 2 ** Math.max(1, Math.ceil(Math.log2(Math.max(2, capacity))));
  const buffers = {
    control: new SharedArrayBuffer(CONTROL_SLOTS * 4),
    sequence: new SharedArrayBuffer(slots * 4),
    values: new SharedArrayBuffer(slots * 8),
  };
  const sequence = new Int32Array(buffers.sequence);
  for (let i = 0; i < slots; i++) sequence[i] = i;
  return buffers;
}

type WaitAsync = (view: Int32Array, index: number, value: number, timeoutMs: number) => { async: boolean; value: Promise<string> | string };

export class SharedQueue {
  readonly capacity: number;
  private readonly control: Int32Array;
  private readonly sequence: Int32Array;
  private readonly values: Float64Array;
  private readonly mask: number;

  constructor(buffers: SharedQueueBuffers) {
    this.control = new Int32Array(buffers.control);
    this.sequence = new Int32Array(buffers.sequence);
    this.values = new Float64Array(buffers.values);
    this.capacity = this.sequence.length;
    this.mask = this.capacity - 1;
  }

  /** Puts `value` if there is room; never blocks. */
  tryPut(value: number): boolean {
    const { control, sequence, mask } = this;
    for (;;) {
      const position = Atomics.load(control, QUEUE.PUT_POS);
      const slot = position & mask;
      const turn = (Atomics.load(sequence, slot) - position) | 0;
      if (turn < 0) return false; // the slot still holds an item from a lap ago: full
      if (turn === 0 && Atomics.compareExchange(control, QUEUE.PUT_POS, position, (position + 1) | 0) === position) {
        this.values[slot] = value;
        Atomics.store(sequence, slot, (position + 1) | 0);
        Atomics.add(control, QUEUE.PUTS, 1);
        if (Atomics.load(control, QUEUE.CONSUMERS_WAITING) > 0 && this.depth() >= Atomics.load(control, QUEUE.WAKE_AT)) Atomics.notify(control, QUEUE.PUTS, 1);
        return true;
      }
      // Another producer took this position first: try the next one.
    }
  }

  /** The oldest value, or NaN if the queue is empty; never blocks. */
  tryTake(): number {
    const { control, sequence, mask } = this;
    for (;;) {
      const position = Atomics.load(control, QUEUE.TAKE_POS);
      const slot = position & mask;
      const turn = (Atomics.load(sequence, slot) - ((position + 1) | 0)) | 0;
      if (turn < 0) return NaN; // nothing put there yet: empty
      if (turn === 0 && Atomics.compareExchange(control, QUEUE.TAKE_POS, position, (position + 1) | 0) === position) {
        const value = this.values[slot];
        Atomics.store(sequence, slot, (position + mask + 1) | 0);
        Atomics.add(control, QUEUE.TAKES, 1);
        // A producer waiting for room is woken once the queue is half empty, not on every take.
        if (Atomics.load(control, QUEUE.PRODUCERS_WAITING) > 0 && this.depth() <= this.capacity / 2) Atomics.notify(control, QUEUE.TAKES);
        return value;
      }
    }
  }

  /** Items in the queue now (claimed positions: an item being written counts). */
  depth(): number {
    return Math.max(0, (Atomics.load(this.control, QUEUE.PUT_POS) - Atomics.load(this.control, QUEUE.TAKE_POS)) | 0);
  }

  /** Items taken so far. */
  taken(): number {
    return Atomics.load(this.control, QUEUE.TAKES);
  }

  stopped(): boolean {
    return Atomics.load(this.control, QUEUE.STOP) !== 0;
  }

  /** Ends every blocked call (in workers and on the page) at once. */
  stop(): void {
    Atomics.store(this.control, QUEUE.STOP, 1);
    Atomics.notify(this.control, QUEUE.PUTS);
    Atomics.notify(this.control, QUEUE.TAKES);
  }

  /** Blocks until there is a value to take (as Queue.get() does); NaN once stopped. Workers only. */
  take(): number {
    for (;;) {
      const value = this.tryTake();
      if (value === value) return value;
      if (this.stopped()) return NaN;
      this.sleepUntilChanged(QUEUE.PUTS, QUEUE.CONSUMERS_WAITING, () => this.depth() > 0);
    }
  }

  /** Blocks until there is room, then puts `value`; false once stopped. Workers only. */
  put(value: number): boolean {
    for (;;) {
      if (this.tryPut(value)) return true;
      if (this.stopped()) return false;
      this.sleepUntilChanged(QUEUE.TAKES, QUEUE.PRODUCERS_WAITING, () => this.depth() < this.capacity);
    }
  }

  /**
   * On the page: resolves once `atLeast` items wait (`'items'`) or the queue is half empty
   * (`'room'`), or after `timeoutMs`. Never blocks the page. Waking the page costs about what a
   * message does, so a page that is a queue's only consumer asks to be woken for many items at once.
   */
  async whenChanged(what: 'items' | 'room', timeoutMs: number, atLeast = 1): Promise<void> {
    const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
    const [word, waiters] = what === 'items' ? [QUEUE.PUTS, QUEUE.CONSUMERS_WAITING] : [QUEUE.TAKES, QUEUE.PRODUCERS_WAITING];
    if (what === 'items') Atomics.store(this.control, QUEUE.WAKE_AT, Math.min(atLeast, this.capacity));
    const seen = Atomics.load(this.control, word);
    Atomics.add(this.control, waiters, 1);
    try {
      // Re-checked after announcing the wait: a change from now on wakes us.
      const ready = what === 'items' ? this.depth() >= Math.max(1, atLeast) : this.depth() <= this.capacity / 2;
      if (ready || this.stopped()) return;
      if (!waitAsync) return void (await new Promise((resolve) => setTimeout(resolve, 1)));
      const waiting = waitAsync(this.control, word, seen, timeoutMs);
      if (waiting.async) await waiting.value;
    } finally {
      Atomics.sub(this.control, waiters, 1);
      if (what === 'items') Atomics.store(this.control, QUEUE.WAKE_AT, 0);
    }
  }

  private sleepUntilChanged(word: number, waiters: number, ready: () => boolean): void {
    const seen = Atomics.load(this.control, word);
    Atomics.add(this.control, waiters, 1);
    // Checked again after announcing the wait, so a change made meanwhile is never slept through.
    if (!ready() && !this.stopped()) Atomics.wait(this.control, word, seen, WAIT_SLICE_MS);
    Atomics.sub(this.control, waiters, 1);
  }
}
