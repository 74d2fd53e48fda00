// A consumer's counters. Each number's check is counted in trial divisions; its time is those
// divisions at the worker's own time per division, timed on a block of numbers before the run:
// reading the clock around every check would cost more than many checks (about a microsecond
// a read on some machines). Everything else the worker does while consuming (getting, putting,
// waiting for work) is communicating. Summaries go out at most every SUMMARY_EVERY_MS.
import { epochNow } from '../../src/clock';
import { smallestFactor, trialDivisions } from '../../src/kernels/primes';
import { SUMMARY_EVERY_MS, type ConsumerSummary } from './protocol';

/** Checks between two looks at the clock (for summaries). */
const CHECKS_PER_CLOCK_READ = 256;

export class ConsumerMeter {
  readonly startedAt: number;
  private taken = 0;
  private primes = 0;
  private divisions = 0;
  private lastReport: number;
  private untilClockRead = CHECKS_PER_CLOCK_READ;

  /** `msPerDivision`: this worker's measured time per trial division. */
  constructor(
    private readonly msPerDivision: number,
    private readonly report: (summary: ConsumerSummary) => void,
    private readonly clock: () => number = epochNow,
  ) {
    this.startedAt = clock();
    this.lastReport = this.startedAt;
  }

  /** Checks one number. */
  check(n: number): boolean {
    const factor = smallestFactor(n);
    this.divisions += trialDivisions(n, factor);
    this.taken++;
    if (--this.untilClockRead === 0) {
      this.untilClockRead = CHECKS_PER_CLOCK_READ;
      const now = this.clock();
      if (now - this.lastReport >= SUMMARY_EVERY_MS) {
        this.lastReport = now;
        this.report(this.summary(now, false));
      }
    }
    if (factor !== n) return false;
    this.primes++;
    return true;
  }

  summary(at: number, pill: boolean): ConsumerSummary {
    const activeMs = at - this.startedAt;
    return { at, taken: this.taken, primes: this.primes, computeMs: Math.min(activeMs, this.divisions * this.msPerDivision), activeMs, pill };
  }
}

/**
 * This worker's time per trial division, on numbers like the run's: blocks near 10^8, the
 * fastest of several (the first ones run while the JIT is still compiling the check).
 */
export function timeOneDivision(clock: () => number = epochNow): number {
  let best = Infinity;
  for (let round = 0; round < 8; round++) {
    const start = clock();
    let divisions = 0;
    for (let n = 100_000_000 + round * 4_000, end = n + 4_000; n < end; n++) divisions += trialDivisions(n, smallestFactor(n));
    best = Math.min(best, (clock() - start) / divisions);
  }
  return best;
}
