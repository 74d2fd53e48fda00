// @ts-check
// The GIL's hand-off against the bare wait/notify round trip in the same browser: how long the
// lock stands free when it passes between two CPU-bound threads under the new GIL, in the app
// and with the same threads on the blank reference page, beside two workers of that page
// passing a turn through Atomics.wait and Atomics.notify.
/** @import { GilParams } from '../../../src/experiments/gil/params.ts' */
/** @import { Session } from '../app.mjs' */
/** @import { GilRow } from './gil.mjs' */
import { roundTrips, runGilThreads } from '../reference.mjs';
import { median } from '../statistics.mjs';

/** Round trips per measurement; the first ones (workers still starting) are left out. */
const ROUNDS = 2_000;
const SETTLING_ROUNDS = 100;
/** The simulated GIL's waits: a waiter sleeps at most a switch interval (5 ms) per wait. */
const GIL_WAIT_TIMEOUT_MS = 5;
/** Threads runs on the reference page, each in a fresh page (the app's task measures its own repeats). */
const REFERENCE_RUNS = 3;
const SEED = 12345;

/**
 * @typedef {object} Spread
 * @property {number} medianUs
 * @property {number} p90Us
 * @property {number} meanUs
 */

/**
 * @typedef {object} GilHandoffs the new GIL's hand-offs between 2 CPU-bound threads
 * @property {Spread | null} gapUs the lock's free time at each hand-off, from the threads' logs
 * @property {number} freePerHandoffUs (1 − lock held) × wall / hand-offs: as if every free moment
 *   were a hand-off, the threads' start included
 * @property {number} handoffsPerSecond one per switch interval would be 1000 / switch ms
 */

/**
 * @typedef {object} Handoff
 * @property {Spread} bareRoundTrip each wait with the GIL's 5 ms timeout
 * @property {Spread} bareRoundTripNoTimeout each wait without a timeout
 * @property {string | null} appCase the GIL lab case measured
 * @property {number | null} switchIntervalMs
 * @property {GilHandoffs | null} app
 * @property {GilHandoffs | null} reference the same threads on the blank page, `REFERENCE_RUNS` runs
 */

/**
 * @param {Session} session
 * @param {GilRow[]} rows the GIL lab's rows: the new GIL with 2 CPU-bound threads is item 1's
 * @param {(message: string) => void} log
 * @returns {Promise<Handoff>}
 */
export async function measureHandoff(session, rows, log) {
  const bareRoundTrip = spread((await roundTrips(session, ROUNDS, GIL_WAIT_TIMEOUT_MS)).slice(SETTLING_ROUNDS));
  const bareRoundTripNoTimeout = spread((await roundTrips(session, ROUNDS, Infinity)).slice(SETTLING_ROUNDS));
  log(`bare wait/notify round trip: ${bareRoundTrip.medianUs.toFixed(0)} µs (no timeout: ${bareRoundTripNoTimeout.medianUs.toFixed(0)} µs)`);
  const row = rows.find((r) => r.mode === 'new' && r.workers === 2 && r.workload === 'cpu' && r.gilFreeShare === 0);
  if (!row) return { bareRoundTrip, bareRoundTripNoTimeout, appCase: null, switchIntervalMs: null, app: null, reference: null };

  /** @type {GilParams} */
  const params = {
    threads: 2,
    policy: 'new',
    checkInterval: row.checkInterval,
    switchIntervalMs: row.switchIntervalMs,
    workload: 'cpu',
    gilFreeShare: 0,
    work: row.workPerThread,
    repeats: 1,
  };
  const runs = [];
  for (let run = 1; run <= REFERENCE_RUNS; run++) {
    runs.push(await runGilThreads(session, params, SEED));
    log(`GIL threads on the reference page, run ${run}/${REFERENCE_RUNS}: ${runs[run - 1].handoffs} hand-offs in ${runs[run - 1].wallMs.toFixed(0)} ms`);
  }
  const middle = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
  const gaps = runs.flatMap((run) => run.handoffGapsMs.map((ms) => ms * 1000));
  return {
    bareRoundTrip,
    bareRoundTripNoTimeout,
    appCase: row.label,
    switchIntervalMs: row.switchIntervalMs,
    app: {
      gapUs:
        row.handoffGapMedianMs === null
          ? null
          : { medianUs: row.handoffGapMedianMs * 1000, p90Us: (row.handoffGapP90Ms ?? NaN) * 1000, meanUs: (row.handoffGapMeanMs ?? NaN) * 1000 },
      ...means(row.wallMs, row.lockHeldShare, row.handoffs),
    },
    reference: { gapUs: gaps.length > 0 ? spread(gaps) : null, ...means(middle.wallMs, middle.lockHeldShare, middle.handoffs) },
  };
}

/**
 * @param {number} wallMs
 * @param {number} lockHeldShare
 * @param {number} handoffs
 */
function means(wallMs, lockHeldShare, handoffs) {
  return { freePerHandoffUs: handoffs > 0 ? ((1 - lockHeldShare) * wallMs * 1000) / handoffs : NaN, handoffsPerSecond: handoffs / (wallMs / 1000) };
}

/**
 * @param {number[]} values µs
 * @returns {Spread}
 */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const p90Us = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(0.9 * sorted.length) - 1))];
  return { medianUs: median(values), p90Us, meanUs: values.reduce((total, value) => total + value, 0) / values.length };
}

/** @param {Handoff} handoff */
export function formatHandoff(handoff) {
  const us = (/** @type {number} */ value) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} µs`);
  /** @param {Spread | null} s */
  const range = (s) => (s ? `median ${us(s.medianUs)}, 90th percentile ${us(s.p90Us)}, mean ${us(s.meanUs)}` : '–');
  /** @param {string} where @param {GilHandoffs | null} h */
  const gil = (where, h) =>
    h
      ? `  ${where}: lock free per hand-off ${range(h.gapUs)} (from the threads' logs); (1 − lock held) × wall / hand-offs ${us(h.freePerHandoffUs)} (the threads' start included); ` +
        `${h.handoffsPerSecond.toFixed(0)} hand-offs/s (one per switch interval: ${(1000 / (handoff.switchIntervalMs ?? NaN)).toFixed(0)})`
      : `  ${where}: not measured`;
  return [
    `The GIL hand-off${handoff.appCase ? ` (${handoff.appCase})` : ''} against the bare wait/notify round trip, same browser:`,
    `  bare round trip, 2 workers of the reference page, waits with a ${GIL_WAIT_TIMEOUT_MS} ms timeout: ${range(handoff.bareRoundTrip)}; without a timeout: ${range(handoff.bareRoundTripNoTimeout)}`,
    gil('the app (GIL lab page)', handoff.app),
    gil('the same threads on the blank reference page', handoff.reference),
  ].join('\n');
}
