// @ts-check
// Checking that a lab ran what its link asked for: a link key the app does not know, or a value
// it does not accept for a choice, is ignored without a word (settings.ts, formFromLink).

/**
 * "samples: the run used 1000, the link said 2000", for each pair that differs.
 * @param {Record<string, [unknown, unknown]>} pairs name -> [what the run used, what the link said]
 * @returns {string[]}
 */
export function mismatches(pairs) {
  return Object.entries(pairs)
    .filter(([, [used, wanted]]) => String(used) !== String(wanted))
    .map(([name, [used, wanted]]) => `${name}: the run used ${JSON.stringify(used)}, the link said ${JSON.stringify(wanted)}`);
}

/**
 * The kernel a run used: its settings say so once the lab has a kernel setting; before that,
 * every run computed in JavaScript.
 * @param {unknown} settings
 */
export function kernelOf(settings) {
  const kernel = /** @type {{ kernel?: unknown }} */ (settings).kernel;
  return typeof kernel === 'string' ? kernel : 'js';
}

/**
 * @param {number} count
 * @param {string} noun
 */
export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
