// Queues and the cost of talking: a work queue that hands out cheap checks one by one costs more
// than the checks themselves (the book, ch. 9); batches and shared memory cut the talking.
import type { Lesson, Step } from '../lesson';
import { timeOverNoQueue, type QueueWay } from './queuesMeasures';

const HPP = 'High Performance Python, ch. 9';

/** Two workers in every step: the book’s smallest pool, and what a 2-core laptop has. */
const WORKERS = '2';

function step(title: string, way: QueueWay, question: string, settings: Record<string, string>, figure: string, explanation: string): Step {
  return {
    title,
    question,
    prediction: { kind: 'number', unit: '× the no-queue time' },
    action: 'run',
    actionLabel: 'Run',
    settings: () => ({ queue: way, workers: WORKERS, skipEven: '0', ...settings }),
    measure: timeOverNoQueue(way),
    source: { figure, from: HPP },
    explanation,
  };
}

export const queuesCost: Lesson = {
  id: 'queues-cost',
  title: 'Queues and the cost of talking',
  lab: 'queues',
  summary:
    'Feed two workers from a work queue, one message per number, in batches or through shared memory, and time it against one worker with no queue at all: when each job is cheap, the talking is what costs.',
  steps: [
    step(
      'One message per number',
      'message',
      'Two workers take 20,000 numbers above 100,000,000 from a work queue, one message per number, check each for primality and send the primes back. One worker with no queue checks the same numbers in a plain loop. How many times the no-queue time will the queue take?',
      { numbers: '20,000' },
      'For light work the communication cost dominated: 1 process with no queue beat 2, 4 and 8 processes fed through a queue, every item pickled and passed through a lock.',
      'Checking a number near 10^8 takes a few hundred trial divisions: microseconds. Each message costs more than that: the page copies the number into it, the worker is woken to read it, and a prime goes back the same way. Two workers share the checking, but not the talking, which the page does for every number in turn.',
    ),
    step(
      'Only the odd numbers',
      'message',
      'The book’s next try: send only the odd numbers, half the messages (no queue skips the even ones too). How many times the no-queue time now?',
      { numbers: '20,000', skipEven: '1' },
      'Dropping the even numbers halved every time, but the queue still did not beat the run with no queue.',
      'An even number costs one division, so skipping them saves no queue almost nothing, and saves the queue half its messages. Half the talking is still far more than the checking: the ratio should about halve, and the queue still lose.',
    ),
    step(
      'Batches of 1,000',
      'batch',
      '100,000 numbers, sent 1,000 to a message: 100 messages instead of 100,000, and one message of primes back per batch. How many times the no-queue time will two workers take now?',
      { numbers: '100,000', batch: '1,000' },
      'Work handed out in chunks (Pool’s chunksize): doubling the chunk size from 1 to 2 halved the run time; returns then diminished.',
      'A message costs about the same whether it holds one number or a thousand: with a thousand times fewer of them, the cost of talking is paid once per batch, not once per number, and is a small share of the time. What is left is the checking, shared by two workers: with two cores free for them they can beat one worker with no queue (below 1×); on a busy machine they may not.',
    ),
    step(
      'A queue in shared memory',
      'ring',
      'No messages: the page writes each number into a ring in shared memory, and the workers sleep in Atomics.wait while it is empty, as get() blocks. 100,000 numbers, one at a time. How many times the no-queue time?',
      { numbers: '100,000' },
      'Every item went through the book’s queue pickled and under a lock, which for light work cost more than the work.',
      'The book did not try a queue in shared memory. Shared memory saves copying and posting a message, but not the hand-over: every number is still written, announced and taken one at a time, and a worker that finds the ring empty must be woken. That is far cheaper than a message, but whether it beats no queue depends on how a hand-over compares with a check of a few hundred divisions on this machine. Batching cuts the talking whatever carries it.',
    ),
  ],
};
