// Monte Carlo pi across processes: the speed-up of independent work on your cores (book, ch. 9).
import { WORKERS_RULE } from '../../../experiments/pi/params';
import { formatCount, formatDuration } from '../../../format';
import type { Lesson } from '../lesson';
import { compareToOne, itemsPerWorker, speedOver, taskOf, wallAt } from '../measures';

const HPP = 'High Performance Python, ch. 9 (a 4-core laptop with hyperthreads, 1e8 darts in pure Python)';

/** The sweep's worker counts: 1, then the given counts, each once. */
const counts = (...workers: number[]) => [...new Set([1, ...workers])].join(', ');

/** Twice the cores, within what the lab allows. */
const oversubscribed = (cores: number) => Math.min(WORKERS_RULE.max, 2 * cores);

export const piAcrossProcesses: Lesson = {
  id: 'pi-processes',
  title: 'Pi across processes',
  lab: 'pi',
  summary: 'Split a dart-throwing estimate of π across workers, one per core, and see how close W cores come to W times faster.',
  steps: [
    {
      title: 'One worker per core',
      question: (cores) =>
        `You will throw 200,000,000 darts on 1 worker, then on ${cores} ${cores === 1 ? 'worker' : 'workers'}, one per logical core of this machine. How many times faster will ${cores} ${cores === 1 ? 'worker' : 'workers'} finish?`,
      prediction: { kind: 'number', unit: '×' },
      action: 'sweep',
      actionLabel: 'Sweep workers',
      settings: (cores) => ({ samples: '200,000,000', seed: '2026', sweep: counts(cores) }),
      measure(task) {
        const sweep = taskOf(task, 'pi', 'workers');
        const cores = task.environment.logicalCores;
        return sweep && speedOver(sweep, 'workers', { value: cores, name: `${cores} workers` }, { value: 1, name: '1 worker' });
      },
      source: { figure: '1 process took about 120 s, 4 processes about 27 s: about 4.4× on 4 cores.', from: HPP },
      explanation:
        'Each worker throws its own n / W darts on its own core, with its own memory: nothing is shared, so W cores come close to W times faster. What keeps it under W is the serial share (handing out chunks, collecting results, other programs on the same cores); the lab’s sweep fits it with Amdahl’s law. Starting the workers is measured apart and is not in these times.',
    },
    {
      title: 'More workers than cores',
      question: (cores) =>
        `Now ${oversubscribed(cores)} workers on your ${cores} logical ${cores === 1 ? 'core' : 'cores'}: twice as many workers as cores. Against ${cores} ${cores === 1 ? 'worker' : 'workers'}, will the run be faster, about as fast, or slower?`,
      prediction: {
        kind: 'choice',
        options: [
          { value: 'faster', label: 'Faster' },
          { value: 'same', label: 'About as fast (within 10 %)' },
          { value: 'slower', label: 'Slower' },
        ],
      },
      action: 'sweep',
      actionLabel: 'Sweep workers',
      settings: (cores) => ({ samples: '200,000,000', seed: '2026', sweep: counts(cores, oversubscribed(cores)) }),
      measure(task) {
        const sweep = taskOf(task, 'pi', 'workers');
        const cores = task.environment.logicalCores;
        const some = sweep && wallAt(sweep, 'workers', cores);
        const many = sweep && wallAt(sweep, 'workers', oversubscribed(cores));
        if (!some || !many) return null;
        const speed = some / many;
        return {
          value: speed,
          choice: compareToOne(speed, 0.1, { more: 'faster', same: 'same', less: 'slower' }),
          detail: `${cores} workers: ${formatDuration(some)}, ${oversubscribed(cores)} workers: ${formatDuration(many)}, so ${speed.toFixed(2)}× the speed`,
        };
      },
      source: { figure: '8 processes on 4 cores with hyperthreads: barely faster than 4.', from: HPP },
      explanation:
        'Workers beyond the core count take turns on the same cores: the work is the same, so the time stays about the same, a little worse for the switching. A hyperthread shares its core’s units with its twin, which is why the book’s 8 processes gained little over 4 (this machine already counts its hyperthreads as logical cores).',
    },
    {
      title: 'The un-seeded fork bug',
      question:
        'With Same seed in every worker, each of 4 workers replays the same random sequence, like forked processes that all inherit one generator. Of the 4,000,000 darts thrown, how many are independent?',
      prediction: { kind: 'number', unit: 'darts' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ samples: '4,000,000', workers: '4', seed: '7', sameSeed: '1' }),
      measure(task) {
        const run = taskOf(task, 'pi', 'run')?.runs[0];
        if (!run || (run.settings as { sameSeed?: unknown }).sameSeed !== true) return null;
        const perWorker = itemsPerWorker(run);
        const total = perWorker.reduce((sum, items) => sum + items, 0);
        // Every worker drew from the same streams: the busiest one's darts include every other's.
        const independent = Math.max(...perWorker);
        return {
          value: independent,
          detail: `${formatCount(total)} darts thrown by ${run.workers} workers, each of them the same ${formatCount(independent)}`,
        };
      },
      source: {
        figure: 'Forked workers that are not re-seeded draw the same numbers: 4 workers silently do the work of 1.',
        from: 'High Performance Python, ch. 9',
      },
      explanation:
        'A forked process starts as a copy of its parent, random generator state included. Unless each worker is seeded apart (or, as this app does, each block of darts draws from its own stream), every worker throws the same darts: the estimate is no better than one worker’s, and its standard error is understated by √W.',
    },
  ],
};
