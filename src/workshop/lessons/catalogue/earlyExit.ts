// Early exit with a shared flag: verifying one large number, its divisors split between workers;
// the first to find a factor raises a flag the others look at every so many divisions (the book,
// ch. 9). It pays for composites, not for primes; looking costs, and looking rarely wastes work.
import { formatCount } from '../../../format';
import { LARGE_PRIME, SMALL_FACTOR, TWO_LARGE_FACTORS } from '../../../experiments/queues/earlyExitParams';
import type { Lesson, Step } from '../lesson';
import { checkCostPercent, divisionsAfterFactor, workSavedPercent } from './queuesMeasures';

const HPP = 'High Performance Python, ch. 9';

function verify(
  title: string,
  n: number,
  checkEvery: number,
  question: string,
  prediction: Pick<Step, 'prediction' | 'measure'>,
  source: Step['source'],
  explanation: string,
): Step {
  return {
    title,
    question,
    ...prediction,
    action: 'verify',
    actionLabel: 'Verify',
    settings: () => ({ verify: formatCount(n), check: String(checkEvery), workers: '2' }),
    source,
    explanation,
  };
}

const saved = { prediction: { kind: 'number', unit: '%' }, measure: workSavedPercent } as const;

const SPLIT =
  'Two workers share the trial divisors up to the square root: worker 1 the lower half, worker 2 the upper half. Whoever finds a factor raises a shared flag, which the other looks at every 1,000 divisions.';

export const earlyExit: Lesson = {
  id: 'early-exit',
  title: 'Early exit with a shared flag',
  lab: 'queues',
  summary:
    'Verify one large number on two workers that share a flag: the first to find a factor tells the other to stop. See when that saves work, what looking at the flag costs, and what looking too rarely wastes.',
  steps: [
    verify(
      'A small factor',
      SMALL_FACTOR,
      1_000,
      `${SPLIT} ${formatCount(SMALL_FACTOR)} has the factor 6,361, near the start of worker 1’s half. What share of the divisions (in %) will the flag save, against the same search with no flag?`,
      saved,
      {
        figure:
          'To verify one large number, split its factor range across processes: if any of them finds a factor, the others should stop, and telling them needs a shared flag.',
        from: HPP,
      },
      'With no flag, worker 2 searches its whole half for nothing: nearly all of the work. With the flag it stops at its first look after the factor was found, within 1,000 divisions, so almost everything is saved.',
    ),
    verify(
      'A large prime',
      LARGE_PRIME,
      1_000,
      `The same split for ${formatCount(LARGE_PRIME)}, a prime. What share of the divisions (in %) will the flag save now?`,
      saved,
      {
        figure: 'Early exit pays off mostly for non-primes.',
        from: HPP,
      },
      'A prime has no factor below its square root: nobody raises the flag, both workers search their whole halves, and the flag saves nothing (0 %). It only cost the looks. Verifying that a number is prime is the slowest case, with or without a flag.',
    ),
    verify(
      'Two large factors',
      TWO_LARGE_FACTORS,
      1_000,
      `${formatCount(TWO_LARGE_FACTORS)} = 34,000,009 × 264,917,509: worker 1 reaches 34,000,009 about 72 % of the way through its half. What share of the divisions (in %) will the flag save?`,
      saved,
      {
        figure: 'Low factors are far more frequent than high ones (the book’s histogram of the smallest factors of the non-primes up to 10,000,000).',
        from: HPP,
      },
      'Until the factor is found both workers work, and none of that is saved: only what worker 2 had left of its half when the flag went up, about the last 28 % of it if both ran at the same pace: a smaller share of the whole search. A smallest factor this large is rare, though: most composites have a small one, found at once, as in the first step.',
    ),
    verify(
      'Looking at the flag every division',
      SMALL_FACTOR,
      1,
      'Looking at the shared flag is a read of shared memory, after every single division now. How much longer (in %) do the divisions take looking every time than not looking at all?',
      { prediction: { kind: 'number', unit: '%' }, measure: checkCostPercent },
      {
        figure:
          'The book compared four shared flags (a Manager value, a Redis flag, a raw shared Value and an mmap), each checked every so many iterations: checking too often costs.',
        from: HPP,
      },
      'Here a look is one atomic read of shared memory, as with the book’s raw shared Value or mmap: about a nanosecond, beside a division of a number this large (beyond 32 bits, so done in floating point) that takes several times that. So even looking every time may cost only a few %, or be lost in the noise of a busy machine. A Manager value or a Redis flag is read through another process: a round trip per look, far dearer than a division, and then looking every time costs far more than the search.',
    ),
    verify(
      'Looking every 100,000 divisions',
      SMALL_FACTOR,
      100_000,
      'Back to 9,007,199,254,740,991, with the flag looked at only every 100,000 divisions. After worker 1 finds 6,361, how many divisions will worker 2 do before it sees the flag and stops?',
      { prediction: { kind: 'number', unit: 'divisions' }, measure: divisionsAfterFactor },
      { figure: 'Checking the flag too rarely wastes work after a factor was found: the others carry on until their next check.', from: HPP },
      'Worker 2 only learns of the factor at its next look: up to 100,000 divisions after it was found, a millisecond or two of work. Worker 1 meets 6,361 after about 3,000 divisions, so worker 2 does up to a whole interval for nothing. The interval trades that waste against the cost of looking: every 1,000 divisions wastes little and looks seldom enough.',
    ),
  ],
};
