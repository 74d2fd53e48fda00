// The API a worker of the queues lab exposes: a consumer of the book's work queue (by messages
// or shared memory), the far end of the IPC cost meter, a share of an early-exit search, a
// lost-update counter, and the smallest-factor histogram. Comlink carries only these control
// calls: the traffic measured goes over a raw MessagePort or queues in shared memory.
import { epochNow, type Timed } from '../src/clock';
import { countUp, COUNTER_WORDS, startLine, type CountingMethod, type CountingResult } from '../src/kernels/counting';
import { searchFactor, type FactorSearch, type FactorSearchResult } from '../src/kernels/earlyExit';
import { factorHistogramKernel, type FactorHistogram, type HistogramRange } from '../src/kernels/factorHistogram';
import { checkPrimeChunk, primeKernel } from '../src/kernels/primes';
import { SharedQueue, type SharedQueueBuffers } from '../src/kernels/sharedQueue';
import { measureCheckCost } from './queues/checkCost';
import { consumeMessages, consumeRing } from './queues/consumers';
import { timeOneDivision } from './queues/meter';
import { echoMessages, echoRing } from './queues/ipcEcho';
import { FLAG_STATE, flagViews, type ConsumerSummary, type QueueKind } from './queues/protocol';
import { runInPieces } from './runInPieces';

/** Trial divisions per piece of a long computation, at worst: about a millisecond. */
const PIECE_DIVISIONS = 1 << 18;

export interface NumberRun {
  from: number;
  to: number;
  step: 1 | 2;
}

export interface AllChecked {
  checked: number;
  primes: number;
  /** The primes added up: equal sums say the same primes were found. */
  primeSum: number;
}

export interface ShareOutcome extends FactorSearchResult {
  /** This worker found the factor first and set the shared flag. */
  setFlag: boolean;
  /** It stopped because another worker had set the flag. */
  sawFlag: boolean;
  /** Measuring the checks' cost: per block, time checking the flag / time not checking it. */
  costRatios: number[];
}

export function createQueuesApi() {
  let port: MessagePort | null = null;
  let queues: { work: SharedQueue; results: SharedQueue } | null = null;
  let msPerDivision = 0;
  // The early-exit flag is read through one function object for the worker's life, so the
  // search compiled during warm-up is the one that runs: a new function there would throw the
  // compiled loop away in the middle of a long search.
  let flagState: Int32Array = new Int32Array(1); // replaced by a shared one: a page without isolation has no SharedArrayBuffer
  const flagRaised = () => Atomics.load(flagState, 0) !== FLAG_STATE.SEARCHING;
  const connected = () => {
    if (!port) throw new Error('The worker has no port: connect() first.');
    return port;
  };

  return {
    ping: (): true => true,
    /** Compiles the check before the timed region, and times one trial division here. */
    warmUp(): true {
      checkPrimeChunk({ numbers: { from: 100_000_000, to: 100_020_000, step: 1 } });
      msPerDivision = timeOneDivision();
      return true;
    },
    /** The raw port the measured messages (and a consumer's summaries) travel on. */
    connect(given: MessagePort): void {
      port = given;
    },
    attachQueues(work: SharedQueueBuffers, results: SharedQueueBuffers): void {
      queues = { work: new SharedQueue(work), results: new SharedQueue(results) };
    },
    /** Consumes the work queue until the poison pill; returns its counters. */
    async consume(kind: QueueKind, lane: number): Promise<Timed<ConsumerSummary>> {
      if (kind !== 'ring') return consumeMessages(connected(), msPerDivision);
      if (!queues) throw new Error('The worker has no shared queues: attachQueues() first.');
      return consumeRing(queues.work, queues.results, connected(), lane, msPerDivision);
    },
    /** No queue: checks every number itself, in pieces (Stop can end it between two). */
    async checkAll(numbers: NumberRun): Promise<Timed<AllChecked>> {
      const timed = await runInPieces(primeKernel, { numbers, keepPrimes: Number.MAX_SAFE_INTEGER }, PIECE_DIVISIONS);
      const { checked, primes, samplePrimes } = timed.result;
      return { ...timed, result: { checked, primes, primeSum: samplePrimes.reduce((sum, p) => sum + p, 0) } };
    },

    // The IPC cost meter's far end.
    listenForEcho: (): void => echoMessages(connected()),
    echo: (value: number): number => value,
    echoRing: (out: SharedQueueBuffers, back: SharedQueueBuffers, count: number): number => echoRing(new SharedQueue(out), new SharedQueue(back), count),

    /** One share of an early-exit search: stops when the shared flag is set (by a finder, or Stop). */
    searchShare(flag: SharedArrayBuffer, search: FactorSearch, setsFlag: boolean): Timed<ShareOutcome> {
      const { state, foundAt } = flagViews(flag);
      flagState = state;
      const startEpochMs = epochNow();
      const result = searchFactor(search, flagRaised);
      const endEpochMs = epochNow();
      const setFlag = result.factor !== null && setsFlag && Atomics.compareExchange(state, 0, FLAG_STATE.SEARCHING, FLAG_STATE.FOUND) === FLAG_STATE.SEARCHING;
      if (setFlag) foundAt[0] = endEpochMs;
      const sawFlag = result.stopped && Atomics.load(state, 0) === FLAG_STATE.FOUND;
      return { result: { ...result, setFlag, sawFlag, costRatios: [] }, startEpochMs, endEpochMs };
    },
    /** The share searched block by block with and without looking at the flag (which only Stop sets). */
    checkCost(flag: SharedArrayBuffer, search: FactorSearch): Timed<ShareOutcome> {
      flagState = flagViews(flag).state;
      const measured = measureCheckCost(search, flagRaised);
      const { divisions, ratios, stopped } = measured.result;
      return { ...measured, result: { factor: null, divisions, stopped, setFlag: false, sawFlag: false, costRatios: ratios } };
    },
    /**
     * Compiles the search loops (32-bit and double) as the run will call them, outside the timed
     * region, looking at the flag often enough that the look is compiled too.
     */
    warmUpSearch(checkEvery: number): true {
      flagState = new Int32Array(new SharedArrayBuffer(4));
      for (const n of [1_000_000_007, 2 ** 53 - 111]) {
        for (let round = 0; round < 4; round++) searchFactor({ n, withTwo: true, from: 3, to: 1_000_001, checkEvery: Math.min(checkEvery, 4_096) }, flagRaised);
      }
      return true;
    },

    /** Waits for every counting worker at the starting line, then counts; timed from the start. */
    countUp(words: SharedArrayBuffer, method: CountingMethod, increments: number, workers: number): Timed<CountingResult> {
      const view = new Int32Array(words);
      if (!startLine(view, workers)) return { result: { increments: 0, stopped: true }, startEpochMs: epochNow(), endEpochMs: epochNow() };
      const startEpochMs = epochNow();
      const result = countUp(view, method, increments);
      return { result, startEpochMs, endEpochMs: epochNow() };
    },
    /** Compiles the counting loops on a counter of its own. */
    warmUpCounting(): true {
      for (const method of ['plain', 'atomic', 'locked'] as const) countUp(new Int32Array(new SharedArrayBuffer(COUNTER_WORDS * 4)), method, 50_000);
      return true;
    },

    factorHistogram: (range: HistogramRange): Promise<Timed<FactorHistogram>> => runInPieces(factorHistogramKernel, range, PIECE_DIVISIONS),
  };
}

export type QueuesApi = ReturnType<typeof createQueuesApi>;
