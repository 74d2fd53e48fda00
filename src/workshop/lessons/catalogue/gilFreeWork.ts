// Work that releases the GIL: threads speed up in proportion to the released share, as numpy's
// arithmetic lets them (the book; Amdahl's law).
import { amdahlSpeedup } from '../../../analysis/amdahl';
import { numpyThreads } from '../../../experiments/gil/params';
import type { Lesson, Step } from '../lesson';
import { speedOverOneThread } from './gilMeasures';

/** Threads in these steps: the lab's numpy preset's, 2 to 4, no more than the cores when they can. */
const threadsFor = numpyThreads;

function step(title: string, freePercent: number, figure: Step['source']['figure'], explanation: Step['explanation']): Step {
  return {
    title,
    question: (cores) =>
      `${threadsFor(cores)} CPU-bound threads, ${freePercent} % of each one’s work done with the GIL released. How many times faster than one thread doing all the work will they be?`,
    prediction: { kind: 'number', unit: '×' },
    action: 'run',
    actionLabel: 'Run',
    settings: (cores) => ({ threads: String(threadsFor(cores)), policy: 'new', workload: 'cpu', free: String(freePercent), work: '20,000,000', repeats: '1' }),
    measure: speedOverOneThread,
    source: { figure, from: 'High Performance Python, ch. 9; Amdahl’s law' },
    explanation,
  };
}

/** "at most 3.08× on 4 cores": Amdahl's bound with the lock-held share serial. */
const bound = (freePercent: number) => (cores: number) => {
  const threads = threadsFor(cores);
  const usable = Math.min(threads, cores);
  return `Amdahl’s law with a ${100 - freePercent} % serial share: at most ${amdahlSpeedup(1 - freePercent / 100, usable).toFixed(2)}× on ${usable} ${usable === 1 ? 'core' : 'cores'}.`;
};

export const gilFreeWork: Lesson = {
  id: 'gil-free',
  title: 'Work that releases the GIL',
  lab: 'gil',
  summary: 'numpy releases the GIL for its arithmetic, and then threads do speed up: by as much as Amdahl’s law allows for the share still under the lock.',
  steps: [
    step(
      'Pure Python',
      0,
      'Pure-Python threads were no faster than one thread (4 threads: about 160 s against 120 s).',
      'With none of the work released, the threads take turns on the lock: no speed-up at all, and a little lost on every hand-off.',
    ),
    step(
      'Like numpy: 90 % released',
      90,
      (cores) => `With numpy, threads do speed up, because numpy releases the GIL for its arithmetic. ${bound(90)(cores)}`,
      'While a thread works with the lock released, another can hold it: only the 10 % under the lock is serial. Amdahl’s law bounds the speed-up by that serial share; the hand-offs cost a little more.',
    ),
    step(
      'Half released',
      50,
      bound(50),
      'Half the work under the lock is a 50 % serial share: however many threads, never more than 2×. Releasing the GIL pays in proportion to how much of the work runs without it.',
    ),
  ],
};
