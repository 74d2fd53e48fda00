import { describe, expect, it } from 'vitest';
import { WHOLE_NUMBER_FORMS } from '../../lab/parseNumber';
import { formFromLink, formToLink } from '../../lab/settings';
import { primesLab } from './meta';
import { defaultPrimeForm, MAX_CHUNKS, poolMapChunkSize, validatePrimeForm, type PrimeForm } from './params';
import { chunkSizeLadder, validateChunkCountSweep, validateChunkSizeSweep, validateOrderSweep, validateProfile } from './sweepParams';

const context = (cores: number, canShareMemory = true) => ({ cores, canShareMemory, wasmSimd: true });

const form = (changes: Partial<PrimeForm> = {}, cores = 2): PrimeForm => ({ ...defaultPrimeForm(cores), ...changes });

describe('the run settings', () => {
  it('default to the book: [1e8, 1.01e8) on every core with Pool.map’s chunk size', () => {
    const { value } = validatePrimeForm(form({}, 4), context(4));
    expect(value).toMatchObject({
      from: 100_000_000,
      to: 101_000_000,
      workers: 4,
      chunkSize: 62_500,
      chunkSizeIsDefault: true,
      strategy: 'dynamic',
      order: 'ascending',
      skipEven: false,
    });
  });

  it('resolve an empty chunk size as ceil(n / (4 × workers)), counting only the numbers checked', () => {
    expect(poolMapChunkSize(1_000_000, 3)).toBe(83_334);
    expect(validatePrimeForm(form({ workers: '3', skipEven: true }), context(2)).value?.chunkSize).toBe(41_667);
  });

  it('accept 1e8-style numbers and a typed chunk size', () => {
    expect(validatePrimeForm(form({ from: '1e6', to: '2e6', chunkSize: '1,000' }), context(2)).value).toMatchObject({
      from: 1e6,
      to: 2e6,
      chunkSize: 1_000,
      chunkSizeIsDefault: false,
    });
  });

  it.each([
    [{ to: '100,000,000' }, 'to', /above From/],
    [{ from: '-1' }, 'from', /from 0/],
    [{ to: '9007199254740993' }, 'to', /9,007,199,254,740,991/],
    [{ chunkSize: '0' }, 'chunkSize', /1 to 1,000,000/],
    [{ chunkSize: '10' }, 'chunkSize', /100,000 chunks; at most 20,000/],
    [{ workers: '0' }, 'workers', /1 to 64/],
    [{ from: '0', to: '1e10' }, 'to', /would take about .* make the range smaller/],
    [{ from: '1e15', to: '1.000001e15' }, 'to', /would take about/],
    [{ from: '0', to: '1e7', order: 'shuffled' as const }, 'order', /at most 4,000,000/],
    [{ from: '4', to: '5', skipEven: true }, 'to', /no odd number/],
  ])('refuse %o with a message beside %s', (changes, field, message) => {
    const { value, errors } = validatePrimeForm(form(changes), context(2));
    expect(value).toBeNull();
    expect(errors?.[field as keyof PrimeForm]).toMatch(message);
  });

  it.each([
    ['from', '1,5e8', 'not a number'],
    ['to', '10.000', 'not a whole number'],
    ['to', '101,000,00', 'not a number'],
    ['workers', '7,5', 'not a number'],
    ['chunkSize', '0,005', 'not a number'],
    ['chunkSize', '10.000', 'not a whole number'],
  ] as const)('refuse %s "%s" beside its field, naming the forms they take', (field, text, what) => {
    const { value, errors } = validatePrimeForm(form({ [field]: text }), context(2));
    expect(value).toBeNull();
    expect(errors).toEqual({ [field]: `"${text}" is ${what}. ${WHOLE_NUMBER_FORMS}` });
  });

  it('allow a larger range when more cores can share it', () => {
    const big = { from: '0', to: '1e8' };
    expect(validatePrimeForm(form({ ...big, workers: '1' }), context(1)).errors?.to).toMatch(/would take/);
    expect(validatePrimeForm(form({ ...big, workers: '16' }), context(16)).value).not.toBeNull();
  });
});

describe('the chunk-size sweep', () => {
  it('doubles from 1 to one chunk per worker and includes the default', () => {
    expect(chunkSizeLadder(20_000, 2)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 2500, 4096, 8192, 10_000]);
    expect(chunkSizeLadder(100, 16)).toEqual([1, 2, 4, 7]);
  });

  it('checks [From, From + n) and keeps chunk size 1 under the chunk cap', () => {
    expect(validateChunkSizeSweep(form(), context(2)).value).toMatchObject({ base: { from: 100_000_000, to: 100_020_000 }, defaultSize: 2_500 });
    expect(validateChunkSizeSweep(form({ sweepNumbers: String(MAX_CHUNKS + 1) }), context(2)).errors?.sweepNumbers).toMatch(/100 to 20,000/);
    expect(validateChunkSizeSweep(form({ sweepNumbers: '2,5' }), context(2)).errors).toEqual({ sweepNumbers: `"2,5" is not a number. ${WHOLE_NUMBER_FORMS}` });
    expect(validateChunkSizeSweep(form({ sweepNumbers: '2.000' }), context(2)).errors).toEqual({
      sweepNumbers: `"2.000" is not a whole number. ${WHOLE_NUMBER_FORMS}`,
    });
  });
});

describe('threads mode', () => {
  it('runs as simulated threads under the chosen policy, where the page can share memory', () => {
    expect(validatePrimeForm(form({ mode: 'threads', policy: 'old' }), context(2)).value).toMatchObject({ mode: 'threads', policy: 'old' });
    expect(validatePrimeForm(form({ mode: 'threads' }), context(2, false)).errors?.mode).toMatch(/needs a cross-origin isolated page/);
    expect(validateChunkSizeSweep(form({ mode: 'threads' }), context(2, false)).errors?.mode).toMatch(/cross-origin isolated/);
    expect(validateOrderSweep(form({ mode: 'threads' }), context(2, false)).errors?.mode).toMatch(/cross-origin isolated/);
  });

  it('counts on one core at a time under a GIL when it estimates how long a run takes', () => {
    const wide = { from: '0', to: '1e8', workers: '16' };
    expect(validatePrimeForm(form({ ...wide, mode: 'workers' }), context(16)).value).not.toBeNull();
    expect(validatePrimeForm(form({ ...wide, mode: 'threads', policy: 'new' }), context(16)).errors?.to).toMatch(/on one core/);
    expect(validatePrimeForm(form({ ...wide, mode: 'threads', policy: 'none' }), context(16)).value).not.toBeNull();
  });
});

describe('the other sweeps', () => {
  it('refuse a sweep whose runs add up to minutes, though one run would do', () => {
    // 50,000 numbers near 1e13: about 28 s on 2 cores, so 6 runs take minutes.
    const oneRun = form({ from: '1e13', to: '1.000000005e13', workers: '2' });
    expect(validatePrimeForm(oneRun, context(2)).value).not.toBeNull();
    expect(validateChunkCountSweep(oneRun, context(2)).errors?.to).toMatch(/This sweep \(6 runs\) would take about/);
    expect(validateChunkSizeSweep(form({ from: '1e14', workers: '2' }), context(2)).errors?.sweepNumbers).toMatch(/This sweep \(16 runs\)/);
  });

  it('cap the numbers Compare orders lists, whatever the Order field says', () => {
    const big = form({ from: '1e6', to: '6e6', order: 'ascending' });
    expect(validatePrimeForm(big, context(8)).value).not.toBeNull();
    expect(validateOrderSweep(big, context(8)).errors?.to).toMatch(/at most 4,000,000, and this range has 5,000,000/);
    expect(validateOrderSweep(form(), context(2)).value).toMatchObject({ from: 100_000_000 });
  });
});

describe('the cost profile range', () => {
  it('defaults to the book’s 10,000 to 1,000,000 and refuses an empty or costly range', () => {
    expect(validateProfile(form()).value).toEqual({ from: 10_000, to: 1_000_000 });
    expect(validateProfile(form({ profileTo: '10,000' })).errors?.profileTo).toMatch(/above/);
    expect(validateProfile(form({ profileFrom: '10.000' })).errors).toEqual({ profileFrom: `"10.000" is not a whole number. ${WHOLE_NUMBER_FORMS}` });
    expect(validateProfile(form({ profileTo: '1,000,00' })).errors).toEqual({ profileTo: `"1,000,00" is not a number. ${WHOLE_NUMBER_FORMS}` });
    expect(validateProfile(form({ profileFrom: '9e15', profileTo: '9.007e15' })).errors?.profileTo).toMatch(/too much/);
  });
});

describe('links', () => {
  it('round-trip every setting', () => {
    const typed = form({
      from: '1e6',
      to: '2e6',
      workers: '8',
      chunkSize: '500',
      strategy: 'roundRobin',
      order: 'costliest',
      skipEven: true,
      mode: 'threads',
      policy: 'none',
      sweepNumbers: '5000',
      profileFrom: '1',
      profileTo: '99',
    });
    expect(formFromLink(primesLab.fields, formToLink(primesLab.fields, typed, form()), form())).toEqual(typed);
  });

  it('ignore unknown strategies and orders', () => {
    const read = formFromLink(primesLab.fields, new URLSearchParams('strategy=magic&order=random&from=5'), form());
    expect(read).toMatchObject({ strategy: 'dynamic', order: 'ascending', from: '5' });
  });
});
