import { describe, expect, it } from 'vitest';
import { WHOLE_NUMBER_FORMS } from '../../lab/parseNumber';
import { formFromLink, formToLink } from '../../lab/settings';
import { piLab } from './meta';
import { autoChunks, defaultPiForm, defaultSweepWorkers, parseWorkerList, validateSweep, validateSweepList, validatePiForm, type PiForm } from './params';

const form = (changes: Partial<PiForm>): PiForm => ({ ...defaultPiForm(4), ...changes });

describe('validatePiForm', () => {
  it('turns the defaults into a run of 100,000,000 samples on every core, 4 chunks per worker', () => {
    expect(validatePiForm(defaultPiForm(8)).value).toEqual({
      samples: 100_000_000,
      workers: 8,
      chunks: 32,
      seed: null,
      mode: 'workers',
      policy: 'new',
      sameSeed: false,
      kernel: 'js',
    });
  });

  it('refuses threads mode beside Mode when the page cannot share memory', () => {
    expect(validatePiForm(form({ mode: 'threads' }), { canShareMemory: false, wasmSimd: true }).errors?.mode).toMatch(/needs a cross-origin isolated page/);
    expect(validatePiForm(form({ mode: 'threads', policy: 'old' }), { canShareMemory: true, wasmSimd: true }).value).toMatchObject({
      mode: 'threads',
      policy: 'old',
    });
  });

  it('cuts big runs into chunks of at most 20,000,000 darts, so progress shows early', () => {
    expect(autoChunks(1e8, 2)).toBe(8);
    expect(autoChunks(3e8, 2)).toBe(15);
    expect(autoChunks(4e9, 2)).toBe(200);
  });

  it('cuts the longest runs into 200 chunks, each a message to the page, unless the workers need more', () => {
    expect(autoChunks(1e10, 2)).toBe(200);
    expect(autoChunks(1e10, 64)).toBe(256);
  });

  it('reports each bad field with its own message', () => {
    const { errors } = validatePiForm(form({ samples: '12', workers: '0', seed: 'abc' }));
    expect(errors).toEqual({
      samples: 'Enter a number from 1,000 to 10,000,000,000.',
      workers: 'Enter a number from 1 to 64.',
      seed: expect.stringContaining('not a number'),
    });
  });

  it.each([
    ['samples', '1,5e8', 'not a number'],
    ['samples', '10.000', 'not a whole number'],
    ['samples', '1,0000', 'not a number'],
    ['workers', '7,5', 'not a number'],
    ['workers', '10.000', 'not a whole number'],
    ['chunks', '10,00', 'not a number'],
    ['seed', '0,005', 'not a number'],
  ] as const)('refuses %s "%s" beside its field, naming the forms it takes', (field, text, what) => {
    const { value, errors } = validatePiForm(form({ [field]: text }));
    expect(value).toBeNull();
    expect(errors).toEqual({ [field]: `"${text}" is ${what}. ${WHOLE_NUMBER_FORMS}` });
  });

  it('takes thousands commas in groups of three and exponents', () => {
    expect(validatePiForm(form({ samples: '100,000,000', chunks: '1,000', seed: '4,294,967,295' })).value).toMatchObject({
      samples: 1e8,
      chunks: 1_000,
      seed: 4294967295,
    });
    expect(validatePiForm(form({ samples: '1.5e8' })).value?.samples).toBe(1.5e8);
  });

  it('ignores Workers on the main thread, and a bad sweep list for a plain run', () => {
    expect(validatePiForm(form({ mode: 'mainThread', workers: '0', sameSeed: true })).value).toMatchObject({ workers: 1, sameSeed: false });
    expect(validatePiForm(form({ sweepWorkers: '1, 99' })).value).not.toBeNull();
  });

  it('caps chunks at whole blocks of samples', () => {
    expect(validatePiForm(form({ samples: '10000', chunks: '5' })).errors).toEqual({
      chunks: 'Enter 1 to 3: a chunk holds whole blocks of 4,096 samples.',
    });
    expect(validatePiForm(form({ samples: '10000', chunks: '3' })).value?.chunks).toBe(3);
    expect(autoChunks(1000, 16)).toBe(1);
    expect(validatePiForm(form({ samples: '1e10', chunks: '10001' })).errors?.chunks).toBe('Enter a number from 1 to 10,000.');
  });

  it('caps main-thread runs so the page freezes for seconds only', () => {
    expect(validatePiForm(form({ mode: 'mainThread', samples: '1e9' })).errors?.samples).toMatch(/capped at 200,000,000/);
    expect(validatePiForm(form({ mode: 'workers', samples: '1e9' })).value?.samples).toBe(1e9);
  });

  it('keeps a typed seed and leaves an empty one to chance', () => {
    expect(validatePiForm(form({ seed: '4294967295' })).value?.seed).toBe(4294967295);
    expect(validatePiForm(form({ seed: '4294967296' })).errors?.seed).toBeDefined();
  });
});

describe('worker lists', () => {
  it('parses, deduplicates and sorts', () => {
    expect(parseWorkerList('4, 1 2,2')).toEqual({ ok: true, value: [1, 2, 4] });
    expect(parseWorkerList(' ').ok).toBe(false);
  });

  it('separates counts with commas or spaces, so a comma never joins digits into one count', () => {
    for (const text of ['1, 2, 4', '1 2 4', '1,2,4', ' 1 ,  2,4 ']) expect(parseWorkerList(text), text).toEqual({ ok: true, value: [1, 2, 4] });
    expect(parseWorkerList('1,5')).toEqual({ ok: true, value: [1, 5] });
    expect(parseWorkerList('1,000')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^"000": worker counts are whole numbers from 1 to 64, separated by commas or spaces/),
      reason: 'range',
    });
    expect(parseWorkerList('1, 2.5')).toMatchObject({ ok: false, error: expect.stringMatching(/^"2.5": worker counts are whole numbers/), reason: 'fraction' });
  });

  it('a sweep ignores Mode, Same seed and Workers, and checks its own list', () => {
    const plan = validateSweep(form({ mode: 'mainThread', samples: '3e8', sameSeed: true, workers: '0', sweepWorkers: '4, 1' })).value;
    expect(plan).toEqual({
      base: { samples: 300_000_000, workers: 1, chunks: 15, seed: null, mode: 'workers', policy: 'new', sameSeed: false, kernel: 'js' },
      workerCounts: [1, 4],
      fixedChunks: null,
    });
    expect(validateSweep(form({ chunks: '12' })).value?.fixedChunks).toBe(12);
    expect(validateSweep(form({ sweepWorkers: '2, 4', samples: 'x' })).errors).toEqual({
      samples: expect.stringContaining('not a number'),
      sweepWorkers: 'Include 1: speed-up is measured against one worker.',
    });
  });

  it('a sweep needs the one-worker baseline and sane counts', () => {
    expect(validateSweepList('2, 4')).toMatchObject({ ok: false, error: 'Include 1: speed-up is measured against one worker.' });
    expect(validateSweepList('1, 99')).toMatchObject({
      ok: false,
      error: '"99": worker counts are whole numbers from 1 to 64, separated by commas or spaces (1, 2, 4).',
    });
    expect(validateSweepList('1,2,4')).toEqual({ ok: true, value: [1, 2, 4] });
    expect(validateSweep(form({ sweepWorkers: '1, 2.5' })).errors).toEqual({ sweepWorkers: expect.stringMatching(/^"2.5": worker counts are whole numbers/) });
  });

  it('sweeps 1..2x cores, with a ladder on big machines', () => {
    expect(defaultSweepWorkers(2)).toEqual([1, 2, 3, 4]);
    expect(defaultSweepWorkers(16)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 24, 32]);
    expect(defaultSweepWorkers(20)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 40]);
    expect(defaultSweepWorkers(64).at(-1)).toBe(64);
  });
});

describe('links', () => {
  const defaults = defaultPiForm(4);
  const roundTrip = (typed: PiForm) => formFromLink(piLab.fields, new URLSearchParams(formToLink(piLab.fields, typed, defaults).toString()), defaults);

  it('round-trip every setting through the URL', () => {
    for (const typed of [
      form({ samples: '1e9', chunks: '64', seed: '7', mode: 'mainThread', sameSeed: true, sweepWorkers: '1 3' }),
      form({ mode: 'threads', policy: 'old' }),
    ]) {
      expect(roundTrip(typed)).toEqual(typed);
    }
  });

  it('keep the words links have always used', () => {
    expect(formToLink(piLab.fields, form({ mode: 'mainThread', samples: '1e8', sweepWorkers: '1, 2' }), defaults).toString()).toBe(
      'samples=1e8&mode=main&workers=4&sweep=1%2C+2',
    );
  });

  it('ignore unknown keys and never throw on odd values', () => {
    const parsed = formFromLink(piLab.fields, new URLSearchParams('samples=%%%&mode=weird&x=1&workers=' + '9'.repeat(500)), defaultPiForm(2));
    expect(parsed.mode).toBe('workers');
    expect(parsed.workers.length).toBe(200);
    expect(validatePiForm(parsed).errors?.workers).toBeDefined();
  });
});
