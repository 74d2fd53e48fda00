// Prime search (#/primes): trial division of a range across workers.
const STRATEGY_LABELS = { dynamic: 'Dynamic queue (Pool.map)', static: 'Static blocks', roundRobin: 'Round-robin chunks' };
const ORDER_LABELS = { ascending: 'Ascending', shuffled: 'Shuffled', costliest: 'Costliest first' };
/** The page refuses more chunks than this: MAX_CHUNKS in src/experiments/primes/params.ts. */
const PAGE_MAX_CHUNKS = 20_000;

export const primes = {
  id: 'primes',
  strategies: Object.keys(STRATEGY_LABELS),
  orders: Object.keys(ORDER_LABELS),

  /**
   * One case per worker count with Pool.map's chunk size, then a chunk-size sweep at the largest
   * worker count: every case checks the same range, so all share the one-worker baseline.
   */
  cases({ workers, from, to, chunkSizes, strategy, order }) {
    const base = { from, to, strategy, order, chunkSize: '' };
    const top = workers.at(-1);
    const sizes = chunkSizes ?? benchChunkSizes(to - from, top);
    return [
      ...workers.map((w) => ({ label: `${w} ${w === 1 ? 'worker' : 'workers'}, default chunk size`, settings: { ...base, workers: w } })),
      ...sizes.map((size) => ({ label: `${top} workers, chunk size ${size}`, settings: { ...base, workers: top, chunkSize: String(size) } })),
    ];
  },

  async fill(page, { from, to, workers, chunkSize, strategy, order }) {
    const field = (label) => page.getByLabel(label, { exact: true });
    await field('From').fill(String(from));
    await field('To').fill(String(to));
    await field('Workers').fill(String(workers));
    await field('Chunk size').fill(chunkSize);
    await field('Strategy').selectOption({ label: STRATEGY_LABELS[strategy] });
    await field('Order').selectOption({ label: ORDER_LABELS[order] });
    await field('Skip even numbers').setChecked(false);
    await field('Mode').selectOption({ label: 'Workers (processes)' });
  },

  caseFields(record) {
    return { chunkSize: record.params.chunkSize, chunkSizeIsDefault: record.params.chunkSizeIsDefault, strategy: record.strategy, order: record.params.order, chunks: record.chunkCount };
  },

  result(record) {
    let found = 0;
    let checked = 0;
    for (const event of record.events) {
      found += event.result.primes;
      checked += event.result.checked;
    }
    return { primes: found, checked };
  },

  formatResult({ primes: found, checked }) {
    return `${found.toLocaleString('en-US')} primes in ${checked.toLocaleString('en-US')} numbers`;
  },
};

/**
 * Chunk sizes from the smallest the page allows, by factors of ten, to one chunk per worker:
 * for the book's million numbers on 4 workers, 50, 500, 5,000, 50,000 and 250,000.
 */
function benchChunkSizes(numbers, workers) {
  const perWorker = Math.ceil(numbers / workers);
  const sizes = [];
  for (let size = Math.ceil(numbers / PAGE_MAX_CHUNKS); size < perWorker; size *= 10) sizes.push(size);
  sizes.push(perWorker);
  return sizes;
}
