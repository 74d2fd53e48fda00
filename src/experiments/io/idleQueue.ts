/**
 * Helpers (CPU workers) lent out one task at a time: a task waits, first come first served,
 * until one is idle, as tasks wait for a process of a pool.
 */
export class IdleQueue<T> {
  private readonly idle: T[] = [];
  private readonly waiting: ((helper: T) => void)[] = [];

  /** A helper is ready for work. */
  add(helper: T): void {
    const next = this.waiting.shift();
    if (next) next(helper);
    else this.idle.push(helper);
  }

  /** Runs `task` on the next idle helper, which is lent out until the task ends. */
  async run<R>(task: (helper: T) => Promise<R>): Promise<R> {
    const helper = this.idle.shift() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(helper);
    } finally {
      this.add(helper);
    }
  }
}
