// Monte Carlo pi (#/pi): darts thrown across workers.
const MODE_LABELS = { workers: 'Workers (processes)', main: 'Main thread (blocks the page)' };

export const pi = {
  id: 'pi',

  /** One case per worker count; the page ignores the worker count in main-thread mode. */
  cases({ workers, samples, seed, mode }) {
    const counts = mode === 'main' ? [1] : workers;
    return counts.map((w) => ({ label: mode === 'main' ? 'main thread' : plural(w, 'worker'), settings: { samples, workers: w, seed, mode } }));
  },

  async fill(page, { samples, workers, seed, mode }) {
    const field = (label) => page.getByLabel(label, { exact: true });
    await field('Samples').fill(String(samples));
    await field('Mode').selectOption({ label: MODE_LABELS[mode] });
    await field('Workers').fill(String(workers));
    await field('Chunks').fill(''); // auto: a few chunks per worker
    await field('Seed').fill(String(seed));
    await field('Same seed in every worker').setChecked(false);
  },

  result(record) {
    let inside = 0;
    let samples = 0;
    for (const event of record.events) {
      inside += event.result.inside;
      samples += event.result.samples;
    }
    return { estimate: (4 * inside) / samples, inside, samples };
  },

  formatResult({ estimate, inside, samples }) {
    return `pi ≈ ${estimate.toFixed(6)} (${inside.toLocaleString('en-US')} of ${samples.toLocaleString('en-US')} inside)`;
  },
};

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
