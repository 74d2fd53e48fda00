// @ts-check
// The bare reference page (scripts/bench/reference/, built by build.mjs): an app run's job on
// plain module workers, and the bare wait/notify round trip, each in a fresh page.
/** @import { Page } from '@playwright/test' */
/** @import { GilThreadsRun, ReferenceApi, ReferenceRun, ReferenceSpec } from './reference/reference.ts' */
/** @import { GilParams } from '../../src/experiments/gil/params.ts' */
/** @import { Session } from './app.mjs' */
/** @import { PageBusy } from './pageBusy.mjs' */
/** @import { TraceSummary } from './trace.mjs' */
import { openPage } from './app.mjs';
import { watchPageBusy } from './pageBusy.mjs';
import { summariseTrace, traced } from './trace.mjs';

/**
 * @typedef {object} MeasuredReference
 * @property {ReferenceRun} run
 * @property {PageBusy | null} busy
 * @property {TraceSummary | null} trace
 */

/**
 * Runs the job `spec` describes on the reference page.
 * @param {Session} session
 * @param {ReferenceSpec} spec
 * @returns {Promise<MeasuredReference>}
 */
export async function runReference(session, spec) {
  /** @type {Awaited<ReturnType<typeof watchPageBusy>> | undefined} */
  let busy;
  const { page, errors } = await openPage(session.context, session.referenceUrl, async (p) => (busy = await watchPageBusy(p)));
  try {
    await ready(page);
    // Serialised into the page: it can only name what the page has.
    const work = () => page.evaluate((s) => /** @type {{ bench: ReferenceApi }} */ (/** @type {unknown} */ (window)).bench.run(s), spec);
    const { value: run, events } = session.trace ? await traced(session.browser, page, work) : { value: await work(), events: null };
    if (errors.length > 0) throw new Error(`the reference page logged errors:\n  ${errors.join('\n  ')}`);
    return { run, busy: (await busy?.result()) ?? null, trace: events ? summariseTrace(events) : null };
  } finally {
    await page.close();
  }
}

/**
 * The GIL lab's threads run for `params`, on the reference page's workers.
 * @param {Session} session
 * @param {GilParams} params
 * @param {number} seed
 * @returns {Promise<GilThreadsRun>}
 */
export async function runGilThreads(session, params, seed) {
  const { page, errors } = await openPage(session.context, session.referenceUrl);
  try {
    await ready(page);
    const run = await page.evaluate(
      ([p, s]) => /** @type {{ bench: ReferenceApi }} */ (/** @type {unknown} */ (window)).bench.gilThreads(p, s),
      /** @type {const} */ ([params, seed]),
    );
    if (errors.length > 0) throw new Error(`the reference page logged errors:\n  ${errors.join('\n  ')}`);
    return run;
  } finally {
    await page.close();
  }
}

/**
 * Two workers of the reference page pass a turn `rounds` times through Atomics.wait/notify.
 * @param {Session} session
 * @param {number} rounds
 * @param {number} waitTimeoutMs each wait's timeout, as the simulated GIL passes one
 * @returns {Promise<number[]>} each round trip, µs
 */
export async function roundTrips(session, rounds, waitTimeoutMs) {
  const { page, errors } = await openPage(session.context, session.referenceUrl);
  try {
    await ready(page);
    const { roundTripsUs } = await page.evaluate(
      ([n, timeout]) => /** @type {{ bench: ReferenceApi }} */ (/** @type {unknown} */ (window)).bench.roundTrip(n, timeout),
      [rounds, waitTimeoutMs],
    );
    if (errors.length > 0) throw new Error(`the reference page logged errors:\n  ${errors.join('\n  ')}`);
    return roundTripsUs;
  } finally {
    await page.close();
  }
}

/** @param {Page} page */
function ready(page) {
  return page.waitForFunction(() => 'bench' in window, undefined, { timeout: 30_000 });
}
