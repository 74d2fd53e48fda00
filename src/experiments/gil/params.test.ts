import { describe, expect, it } from 'vitest';
import { DECIMAL_FORMS, WHOLE_NUMBER_FORMS } from '../../lab/parseNumber';
import { formFromLink, formToLink } from '../../lab/settings';
import { gilLab } from './meta';
import { defaultGilForm, ioRoundsFor, PRESETS, validateGilForm, type GilForm } from './params';
import { oneThreadPlan, threadPlans } from './job';

const form = (changes: Partial<GilForm> = {}): GilForm => ({ ...defaultGilForm(), ...changes });

describe('the GIL lab settings', () => {
  it('default to two CPU-bound threads under the new GIL with Python’s intervals', () => {
    expect(validateGilForm(form()).value).toEqual({
      threads: 2,
      policy: 'new',
      checkInterval: 100,
      switchIntervalMs: 5,
      workload: 'cpu',
      gilFreeShare: 0,
      work: 50_000_000,
      repeats: 3,
    });
  });

  it('accept a fractional switch interval down to CPython’s 1 µs', () => {
    expect(validateGilForm(form({ switchInterval: '0.001' })).value?.switchIntervalMs).toBe(0.001);
    expect(validateGilForm(form({ switchInterval: '0.0001' })).errors?.switchInterval).toMatch(/from 0.001/);
  });

  it.each([
    [{ threads: '17' }, 'threads', /1 to 16/],
    [{ threads: '0' }, 'threads', /1 to 16/],
    [{ threads: '1', workload: 'mixed' as const }, 'threads', /Mixed needs 2 or more threads/],
    [{ checkInterval: '0' }, 'checkInterval', /from 1/],
    [{ gilFreeShare: '101' }, 'gilFreeShare', /0 to 100/],
    [{ gilFreeShare: '12.5' }, 'gilFreeShare', /whole number/],
    [{ work: '1e3' }, 'work', /100,000 to/],
    [{ threads: '16', work: '1e9' }, 'work', /would take about \d+ s on one thread/],
  ])('refuse %o with a message beside %s', (changes, field, message) => {
    const { value, errors } = validateGilForm(form(changes));
    expect(value).toBeNull();
    expect(errors?.[field as keyof GilForm]).toMatch(message);
  });

  it('accept a switch interval with a dot for the decimal point and refuse a decimal comma', () => {
    expect(validateGilForm(form({ switchInterval: '0.005' })).value?.switchIntervalMs).toBe(0.005);
    expect(validateGilForm(form({ switchInterval: '1,000' })).value?.switchIntervalMs).toBe(1_000);
    for (const text of ['0,005', '7,5', '1,5e8']) {
      expect(validateGilForm(form({ switchInterval: text })).errors, text).toEqual({ switchInterval: `"${text}" is not a number. ${DECIMAL_FORMS}` });
    }
  });

  it.each([
    ['gilFreeShare', '7,5', 'not a number'],
    ['gilFreeShare', '7.5', 'not a whole number'],
    ['threads', '1,0', 'not a number'],
    ['checkInterval', '10.000', 'not a whole number'],
    ['work', '1,5e8', 'not a number'],
    ['work', '10.000.000', 'not a number'],
  ] as const)('refuse %s "%s" beside its field, naming the forms they take', (field, text, what) => {
    const { value, errors } = validateGilForm(form({ [field]: text }));
    expect(value).toBeNull();
    expect(errors).toEqual({ [field]: `"${text}" is ${what}. ${WHOLE_NUMBER_FORMS}` });
  });

  it('have presets that are all valid, whose sentences work out what this machine should show', () => {
    for (const cores of [1, 2, 8, 32])
      for (const preset of PRESETS) expect(validateGilForm(preset.form(cores)).value, `${preset.name}, ${cores} cores`).not.toBeNull();
    const lookFor = (id: string, cores: number) => PRESETS.find((p) => p.id === id)!.lookFor(cores);
    expect(lookFor('orthanc', 2)).toMatch(/this machine has 2, so about 1.5T here/);
    expect(lookFor('orthanc', 8)).not.toMatch(/this machine/);
    // Amdahl with a 10 % serial share, on as many cores as there are threads (4) or fewer.
    expect(lookFor('numpy', 2)).toMatch(/at most 1.82× on 2 cores/);
    expect(lookFor('numpy', 16)).toMatch(/at most 3.08× on 4 cores/);
    expect(lookFor('numpy', 1)).toMatch(/at most 1.00× on 1 core\)/);
  });

  it('give the numpy preset a thread per core, 2 to 4, so that its GIL-free parts are not time-sliced', () => {
    const numpyThreadsOn = (cores: number) => PRESETS.find((p) => p.id === 'numpy')!.form(cores).threads;
    expect([1, 2, 3, 4, 16].map(numpyThreadsOn)).toEqual(['2', '2', '3', '4', '4']);
  });

  it('refuse more repeats than a couple of minutes allow, beside Repeats', () => {
    expect(validateGilForm(form({ repeats: '0' })).errors?.repeats).toMatch(/1 to 9/);
    expect(validateGilForm(form({ threads: '16', work: '1e8', repeats: '9' })).errors?.repeats).toMatch(/9 repeats of three runs would take up to about \d+ s/);
    expect(validateGilForm(form({ threads: '16', work: '1e8', repeats: '1' })).value).not.toBeNull();
  });

  it('round-trip through a link', () => {
    const typed = form({
      threads: '5',
      policy: 'old',
      checkInterval: '50',
      switchInterval: '0.5',
      workload: 'io',
      gilFreeShare: '30',
      work: '2e6',
      repeats: '1',
    });
    expect(formFromLink(gilLab.fields, formToLink(gilLab.fields, typed, form()), form())).toEqual(typed);
    expect(formFromLink(gilLab.fields, new URLSearchParams('policy=magic&workload=x'), form())).toMatchObject({ policy: 'new', workload: 'cpu' });
  });
});

describe('thread plans', () => {
  const params = (changes: Partial<GilForm>) => validateGilForm(form(changes)).value!;

  it('give every CPU-bound thread its darts, and the one-thread baseline all of them', () => {
    const p = params({ threads: '3', work: '1e6', gilFreeShare: '40' });
    expect(threadPlans(p, 1).map((t) => [t.role, t.darts, t.gilFreeShare])).toEqual([
      ['cpu', 1e6, 0.4],
      ['cpu', 1e6, 0.4],
      ['cpu', 1e6, 0.4],
    ]);
    expect(oneThreadPlan(p, 1)).toMatchObject([{ role: 'cpu', darts: 3e6, gilFreeShare: 0.4 }]);
  });

  it('mixed: thread 1 does I/O until the CPU threads are done; the baseline holds their work only', () => {
    const p = params({ threads: '3', workload: 'mixed', work: '1e6' });
    expect(threadPlans(p, 1).map((t) => [t.role, t.ioRounds, t.cpuThreads])).toEqual([
      ['io', null, 2],
      ['cpu', null, 2],
      ['cpu', null, 2],
    ]);
    expect(oneThreadPlan(p, 1)).toMatchObject([{ role: 'cpu', darts: 2e6 }]);
  });

  it('I/O-bound: rounds of darts, each followed by I/O; the baseline does every thread’s rounds', () => {
    const p = params({ threads: '4', workload: 'io', work: '2e6' });
    expect(threadPlans(p, 1).every((t) => t.role === 'io' && t.ioRounds === ioRoundsFor(2e6))).toBe(true);
    expect(oneThreadPlan(p, 1)).toMatchObject([{ role: 'io', ioRounds: 4 * ioRoundsFor(2e6) }]);
  });
});
