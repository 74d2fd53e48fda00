// Ordering and load balance: numbers that cost more as they grow, handed out in blocks, in a
// queue, in order or shuffled (book, ch. 9).
import type { TaskExport } from '../../../runs/exportFormat';
import type { Lesson } from '../lesson';
import { numberIn, percent, speedOver, taskOf } from '../measures';

const HPP = 'High Performance Python, ch. 9';

/** The idle share of a single run's workers, in %. */
function idlePercent(task: TaskExport, strategy: string) {
  const run = taskOf(task, 'primes', 'run')?.runs[0];
  const idle = numberIn(run?.summary, 'idleShare');
  if (!run || idle === null || run.strategy !== strategy) return null;
  return { value: idle * 100, detail: `${percent(idle * 100)} of ${run.workers} workers’ time idle while the run lasted` };
}

export const loadBalance: Lesson = {
  id: 'load-balance',
  title: 'Ordering and load balance',
  lab: 'primes',
  summary: 'A prime check’s cost varies wildly and grows with the number: see what that does to workers handed fixed blocks, a queue, or a shuffled list.',
  steps: [
    {
      title: 'What costs the most',
      question: 'Trial division rejects even numbers at once and tries odd divisors up to √n. Which numbers cost the most divisions to check?',
      prediction: {
        kind: 'choice',
        options: [
          { value: 'even', label: 'Even numbers' },
          { value: 'primes', label: 'Primes' },
          { value: 'same', label: 'All about the same' },
        ],
      },
      action: 'profile',
      actionLabel: 'Draw cost profile',
      settings: () => ({ profileFrom: '10,000', profileTo: '1,000,000' }),
      measure(task) {
        const run = taskOf(task, 'primes', 'profile')?.runs[0];
        const primes = numberIn(run?.summary, 'primeMeanDivisions');
        const others = numberIn(run?.summary, 'compositeMeanDivisions');
        if (primes === null || others === null) return null;
        return {
          value: primes / others,
          choice: primes > 2 * others ? 'primes' : 'same',
          detail: `a prime cost ${Math.round(primes)} divisions on average, any other number ${Math.round(others)}: ${(primes / others).toFixed(1)}×`,
        };
      },
      source: {
        figure:
          'Time per check for 10,000 to 1,000,000: even numbers are instant, primes the most expensive (a dark band), and cost grows with √n (figure 9-10).',
        from: HPP,
      },
      explanation:
        'A composite number is rejected at its smallest factor, usually a small one; a prime survives every divisor up to √n, about √n / 2 of them. So a chunk’s cost depends on how many primes it holds and how large its numbers are.',
    },
    {
      title: 'Fixed blocks, in order',
      question:
        'Check 2 to 5,000,000, each worker given one contiguous block of it in advance (static blocks). Numbers cost more as they grow: what share of the workers’ time will be idle?',
      prediction: { kind: 'number', unit: '%' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ from: '2', to: '5,000,000', strategy: 'static' }),
      measure: (task) => idlePercent(task, 'static'),
      source: { figure: 'Too few, too large chunks starve workers: 100,000 numbers in chunks of 50,000 left 2 of 4 CPUs idle (the worst run).', from: HPP },
      explanation:
        'The worker with the last block holds the largest numbers and the most expensive checks; the others finish first and wait. Anything handed out in fixed shares before the run balances only work that costs the same everywhere.',
    },
    {
      title: 'A queue of chunks',
      question: 'The same numbers through one queue, as Pool.map does: an idle worker takes the next chunk. What share of the workers’ time will be idle now?',
      prediction: { kind: 'number', unit: '%' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ from: '2', to: '5,000,000' }),
      measure: (task) => idlePercent(task, 'dynamic'),
      source: { figure: 'Pool.map hands out chunks from a queue: workers that finish early take more.', from: HPP },
      explanation:
        'With several chunks per worker handed out on demand, a worker with cheap chunks simply does more of them. What idles now is the tail: the last chunks, the costliest in ascending order, still run while the others have nothing left.',
    },
    {
      title: 'Shuffled',
      question:
        'Compare ascending, shuffled and costliest-first orders of 2 to 4,000,000 through the queue. How much faster (in %) is shuffled than ascending?',
      prediction: { kind: 'number', unit: '%' },
      action: 'order',
      actionLabel: 'Compare orders',
      settings: () => ({ from: '2', to: '4,000,000' }),
      measure(task) {
        const sweep = taskOf(task, 'primes', 'order');
        const speed = sweep && speedOver(sweep, 'label', { value: 'Shuffled', name: 'shuffled' }, { value: 'Ascending', name: 'ascending' });
        return speed && { ...speed, value: (speed.value - 1) * 100 };
      },
      source: { figure: 'Randomising the order of the jobs bought about 2 %; sorting the slowest first did as well.', from: HPP },
      explanation:
        'Shuffling spreads the costly numbers over every chunk, so the last chunks cost no more than the first and the tail shrinks; taking the costliest first leaves cheap chunks to fill the gaps at the end. The gain is small when there are many chunks, which is why the book advises it only for jobs whose costs vary.',
    },
  ],
};
