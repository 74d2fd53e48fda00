// The GIL, old and new: CPU-bound threads under Python 2's and Python 3's lock (Beazley, the
// book, Orthanc).
import type { Lesson } from '../lesson';
import { timeOverOneThread, timeOverProcesses } from './gilMeasures';

const BEAZLEY = 'David Beazley, “Understanding the Python GIL” (2010)';

export const gilOldAndNew: Lesson = {
  id: 'gil',
  title: 'The GIL, old and new',
  lab: 'gil',
  summary:
    'Simulated Python threads share one lock, passed on as Python 3 and Python 2 do: why CPU-bound threads do not speed up, and how the old GIL made it worse.',
  steps: [
    {
      title: 'Two threads, the new GIL',
      question:
        'Two CPU-bound threads under Python 3’s GIL each throw 20,000,000 darts. As a multiple of the time one thread takes for all 40,000,000, how long will they take?',
      prediction: { kind: 'number', unit: '× the one-thread time' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '2', policy: 'new', workload: 'cpu', work: '20,000,000', repeats: '1' }),
      measure: timeOverOneThread,
      source: {
        figure:
          'Pure-Python pi on threads: 1 thread about 120 s, 4 threads about 160 s, slower, not faster. The new GIL ends the battle for the lock but still runs one thread at a time.',
        from: `High Performance Python, ch. 9; ${BEAZLEY}`,
      },
      explanation:
        'Only the thread holding the GIL runs Python code; the other waits. After each switch interval (5 ms) the waiting thread asks for the lock and the holder hands it over, so they take turns: the same work, one core at a time, plus the cost of every hand-off.',
    },
    {
      title: 'The old GIL',
      question:
        'The same two threads under Python 2’s GIL, released every 2 ticks (Python 2’s pace here) and taken straight back. As a multiple of the one-thread time, how long now?',
      prediction: { kind: 'number', unit: '× the one-thread time' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '2', policy: 'old', check: '2', workload: 'cpu', work: '20,000,000', repeats: '1' }),
      measure: timeOverOneThread,
      source: {
        figure:
          'Two CPU-bound threads on a multicore machine ran slower than the same work done one after the other: the waiting thread is woken, fails to get the GIL (its red marks) and tries again.',
        from: BEAZLEY,
      },
      explanation:
        'The holder releases the lock and, still running on its core, takes it straight back before the woken thread on another core gets to it. The waiting thread burns time in failed attempts and the lock changes hands far less often than it is released: the battle the lab’s timeline marks in red.',
    },
    {
      title: 'Orthanc: three requests',
      question:
        'Three CPU-bound requests on threads under the GIL, against the same three on worker processes. As a multiple of the processes’ time, how long will the threads take?',
      prediction: { kind: 'number', unit: '× the processes’ time' },
      action: 'run',
      actionLabel: 'Run',
      settings: () => ({ threads: '3', policy: 'new', workload: 'cpu', work: '20,000,000', repeats: '1' }),
      measure: timeOverProcesses,
      source: {
        figure:
          'One request alone took about 4.2 s; three at once took 11.3, 12.5 and 13.4 s on threads, and about 4.2 s each on a pool of 4 worker processes: about 3×.',
        from: 'The Orthanc manual, Python plugins, “Performance and concurrency”',
      },
      explanation: (cores) =>
        `Under the GIL the three requests run one at a time, so together they take three times one request. Processes each have their own interpreter and their own core${cores < 3 ? `, given 3 cores: this machine has ${cores}, so the processes take longer here and the ratio shrinks` : ''}.`,
    },
  ],
};
