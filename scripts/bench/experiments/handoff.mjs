// @ts-check
// The GIL's hand-off against the bare wait/notify round trip in the same browser: how long the
// lock stays free when it passes between two CPU-bound threads under the new GIL, beside two
// workers of a blank page passing a turn through Atomics.wait and Atomics.notify.
/** @import { Session } from '../app.mjs' */
/** @import { GilRow } from './gil.mjs' */
import { roundTrips } from '../reference.mjs';
import { median } from '../statistics.mjs';

/** Round trips per measurement; the first ones (workers still starting) are left out. */
const ROUNDS = 2_000;
const SETTLING_ROUNDS = 100;
/** The simulated GIL's waits: a waiter sleeps at most a switch interval (5 ms) per wait. */
const GIL_WAIT_TIMEOUT_MS = 5;

/**
 * @typedef {object} Spread
 * @property {number} medianUs
 * @property {number} p10Us
 * @property {number} p90Us
 */

/**
 * @typedef {object} Handoff
 * @property {Spread} bareRoundTrip each wait with the GIL's 5 ms timeout
 * @property {Spread} bareRoundTripNoTimeout each wait without a timeout
 * @property {number} bareWakeUpUs half the median round trip: one notify and one wake-up
 * @property {string | null} appCase the GIL lab case measured
 * @property {number | null} appFreePerHandoffUs (1 − lock held) × wall / hand-offs
 * @property {number | null} appHandoffs
 * @property {number | null} ratioToBareWakeUp
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
  const bareWakeUpUs = bareRoundTrip.medianUs / 2;
  const row = rows.find((r) => r.mode === 'new' && r.workers === 2 && r.workload === 'cpu' && r.gilFreeShare === 0);
  const appFreePerHandoffUs = row && row.handoffs > 0 ? ((1 - row.lockHeldShare) * row.wallMs * 1000) / row.handoffs : null;
  return {
    bareRoundTrip,
    bareRoundTripNoTimeout,
    bareWakeUpUs,
    appCase: row?.label ?? null,
    appFreePerHandoffUs,
    appHandoffs: row?.handoffs ?? null,
    ratioToBareWakeUp: appFreePerHandoffUs === null ? null : appFreePerHandoffUs / bareWakeUpUs,
  };
}

/**
 * @param {number[]} values µs
 * @returns {Spread}
 */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { medianUs: median(values), p10Us: at(0.1), p90Us: at(0.9) };
}

/** @param {Handoff} handoff */
export function formatHandoff(handoff) {
  const us = (/** @type {number} */ value) => `${value.toFixed(0)} µs`;
  const range = (/** @type {Spread} */ s) => `${us(s.medianUs)} (10-90 %: ${us(s.p10Us)} to ${us(s.p90Us)})`;
  return [
    'The GIL hand-off against the bare wait/notify round trip (same browser):',
    `  bare round trip, 2 workers of the reference page, waits with a ${GIL_WAIT_TIMEOUT_MS} ms timeout: ${range(handoff.bareRoundTrip)}`,
    `  the same, waits without a timeout:                                ${range(handoff.bareRoundTripNoTimeout)}`,
    `  one wake-up (half the round trip):                                ${us(handoff.bareWakeUpUs)}`,
    handoff.appFreePerHandoffUs === null
      ? '  the app: no new-GIL case with 2 CPU-bound threads was measured'
      : `  the app, ${handoff.appCase}: lock free per hand-off, (1 − lock held) × wall / hand-offs = ${us(handoff.appFreePerHandoffUs)} over ${handoff.appHandoffs} hand-offs, ` +
        `${handoff.ratioToBareWakeUp?.toFixed(1)}× the bare wake-up`,
  ].join('\n');
}
