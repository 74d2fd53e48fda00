// Chunk size: what handing out work costs, and how chunks line up with workers (book, ch. 9).
import { formatDuration } from '../../../format';
import type { Lesson } from '../lesson';
import { speedOver, taskOf, wallAt } from '../measures';

const HPP = 'High Performance Python, ch. 9 (prime checks on a 4-core laptop)';

/** The chunk-count step's workers: all cores, but rounds of at most 8 stay readable. */
const countWorkers = (cores: number) => Math.min(cores, 8);

export const chunkSize: Lesson = {
  id: 'chunk-size',
  title: 'Chunk size',
  lab: 'primes',
  summary:
    'Hand out the numbers to check one at a time, two at a time, or in Pool.map’s chunks, and see what the messages cost and how chunks fill the workers.',
  steps: [
    {
      title: 'Chunk size 1 against 2',
      question:
        'You will check 20,000 numbers above 100,000,000 for primes, sending the workers chunk size 1 (a message per number), then 2, 4, and up. How many times faster is chunk size 2 than chunk size 1?',
      prediction: { kind: 'number', unit: '×' },
      action: 'chunkSize',
      actionLabel: 'Sweep chunk sizes',
      settings: () => ({ from: '100,000,000', sweepNumbers: '20,000' }),
      measure(task) {
        const sweep = taskOf(task, 'primes', 'chunkSize');
        return sweep && speedOver(sweep, 'x', { value: 2, name: 'chunk size 2' }, { value: 1, name: 'chunk size 1' });
      },
      source: { figure: 'Doubling the chunk size from 1 to 2 halved the run time (about 2×); beyond that the returns diminish.', from: HPP },
      explanation:
        'A check of a number near 10^8 takes microseconds; a message to a worker and its answer take longer. At chunk size 1 the run is mostly messages, so halving their number nearly halves the time. Once the checks outweigh the messages, bigger chunks gain little more.',
    },
    {
      title: 'Pool.map’s default',
      question:
        'Python’s Pool.map cuts the list into chunks of ceil(n / (4 × workers)): a few per worker. How many times faster than chunk size 1 is that default?',
      prediction: { kind: 'number', unit: '×' },
      action: 'chunkSize',
      actionLabel: 'Sweep chunk sizes',
      settings: () => ({ from: '100,000,000', sweepNumbers: '20,000' }),
      measure(task) {
        const sweep = taskOf(task, 'primes', 'chunkSize');
        const size = sweep?.points.find((point) => point.isDefault === true)?.x;
        return sweep && typeof size === 'number'
          ? speedOver(sweep, 'x', { value: size, name: `chunk size ${size} (the default)` }, { value: 1, name: 'chunk size 1' })
          : null;
      },
      source: { figure: 'Keep the default chunk size unless you have measured better: it is already far past the point where messages dominate.', from: HPP },
      explanation:
        'The default sends each worker about four chunks: few messages, yet enough chunks that a worker finishing early takes another one while the others are still busy. The sweep’s chart shows the whole curve: the first doublings gain the most.',
    },
    {
      title: 'Rounds of chunks',
      question: (cores) => {
        const w = countWorkers(cores);
        return `With ${w} ${w === 1 ? 'worker' : 'workers'}, ${w} equal ${w === 1 ? 'chunk runs' : 'chunks run'} in one round. How much longer (in %) will the same numbers take cut into ${w + 1} equal chunks?`;
      },
      prediction: { kind: 'number', unit: '%' },
      action: 'chunkCount',
      actionLabel: 'Sweep chunk counts',
      settings: (cores) => ({ from: '100,000,000', to: '100,100,000', workers: String(countWorkers(cores)) }),
      measure(task) {
        const sweep = taskOf(task, 'primes', 'chunkCount');
        const workers = sweep?.runs[0]?.workers ?? 0;
        const fit = sweep && wallAt(sweep, 'x', workers);
        const extra = sweep && wallAt(sweep, 'x', workers + 1);
        if (!fit || !extra) return null;
        return {
          value: (extra / fit - 1) * 100,
          detail: `${workers} chunks: ${formatDuration(fit)}, ${workers + 1} chunks: ${formatDuration(extra)}`,
        };
      },
      source: {
        figure: '4 chunks kept all 4 CPUs busy; 5 chunks ran a lonely 5th round; with many more chunks (29 against 32) the cost of misalignment vanished.',
        from: HPP,
      },
      explanation: (cores) => {
        const w = countWorkers(cores);
        return `With ${w + 1} chunks, ${w} run at once and the last runs alone: two rounds of chunks ${w}/${w + 1} the size, about ${((2 * w) / (w + 1)).toFixed(2)}× the time of ${w} chunks, if every chunk cost the same. The sweep’s chart shows a step at each multiple of the worker count, fading as the chunks get smaller.`;
      },
    },
  ],
};
