// Threads for I/O: a thread waiting on I/O releases the GIL, so threads overlap their waits
// (the book's ch. 8; Beazley on I/O beside CPU-bound threads).
import type { Lesson } from '../lesson';
import { ioRoundsPerSecond, timeOverOneThread } from './gilMeasures';

const HPP8 = 'High Performance Python, ch. 8';

export const threadsForIo: Lesson = {
  id: 'io-threads',
  title: 'Threads for I/O',
  lab: 'gil',
  summary:
    'Threads that wait on I/O give the GIL up while they wait: their waits overlap, which is where threads do help, until a CPU-bound thread holds the lock.',
  steps: [
    {
      title: 'Two I/O-bound threads',
      question:
        'Two threads each run 100 rounds of a little work and 1 ms of I/O, with the GIL released during the I/O. As a multiple of one thread doing all 200 rounds, how long will they take?',
      prediction: { kind: 'number', unit: '× the one-thread time' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '2', policy: 'new', workload: 'io', work: '2,048,000', repeats: '1' }),
      measure: timeOverOneThread,
      source: {
        figure:
          'Primes up to 8,192, each saved with a 50 ms database call: 55.2 s one after another, 93 % of it waiting; overlapping the waits is where concurrency pays.',
        from: HPP8,
      },
      explanation:
        'A thread waiting on I/O holds no lock, so while one waits the other computes or waits too: the waits overlap. The little work between waits still takes turns on the GIL, but it is a small share of each round.',
    },
    {
      title: 'Eight I/O-bound threads',
      question: 'Eight such threads, 100 rounds each. As a multiple of one thread doing all 800 rounds, how long will they take?',
      prediction: { kind: 'number', unit: '× the one-thread time' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '8', policy: 'new', workload: 'io', work: '2,048,000', repeats: '1' }),
      measure: timeOverOneThread,
      source: {
        figure:
          '500 requests of 100 ms take about 50 s one after another; with about 100 in flight at once they overlap, until too many in flight add switching overhead.',
        from: HPP8,
      },
      explanation:
        'More threads overlap more waiting, on any number of cores: the waits need no core. The GIL only serialises the work between the waits, so the gain holds until that work fills the time.',
    },
    {
      title: 'I/O beside CPU-bound threads',
      question:
        'Thread 1 does I/O rounds beside two CPU-bound threads under the new GIL. On its own it manages several hundred rounds a second. How many rounds per second will it get now?',
      prediction: { kind: 'number', unit: 'rounds per second' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '3', policy: 'new', workload: 'mixed', work: '20,000,000', repeats: '1' }),
      measure: ioRoundsPerSecond,
      source: {
        figure:
          'Under the new GIL an I/O thread coming back from its wait must wait for a CPU-bound thread to drop the lock: its response collapses (the convoy effect).',
        from: 'David Beazley, “Understanding the Python GIL” (2010)',
      },
      explanation:
        'Each time thread 1 comes back from I/O it needs the lock for a moment, but a CPU-bound thread holds it and lets go only after a switch interval (5 ms), and then perhaps to the other CPU-bound thread: about one round per interval per CPU thread, far below its pace alone.',
    },
  ],
};
