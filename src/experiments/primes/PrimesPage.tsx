import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { TextField } from '../../lab/Field';
import { RunStatus } from '../../lab/StatusLine';
import { useStopFocus } from '../../lab/useStopFocus';
import { formatCount } from '../../format';
import { randomSeed } from '../../kernels/rng';
import { logicalCores } from '../../platform';
import { isCrossOriginIsolated } from '../../isolation/crossOriginIsolation';
import { executeRun } from '../../runs/executeRun';
import { useLiveTask } from '../../runs/useLiveTask';
import { seriesVersion } from '../../runs/series';
import { CrashNotice } from '../../lab/CrashNotice';
import type { ExperimentPageProps } from '../registry';
import { CostProfilePanel } from './CostProfilePanel';
import { makePrimeJob, newPrimeRecord, type PrimeRecord } from './job';
import { primeFormFromQuery, primeFormToQuery } from './links';
import {
  defaultPrimeForm,
  PROFILE_SAMPLES,
  SWEEP_NUMBERS_RULE,
  validateChunkCountSweep,
  validateChunkSizeSweep,
  validateOrderSweep,
  validatePrimeForm,
  validateProfile,
  type PrimeErrors,
  type PrimeForm,
} from './params';
import { PrimeResult } from './PrimeResult';
import { PrimeRunView } from './PrimeRunView';
import { PrimeSettings } from './PrimeSettings';
import { PrimeSweepPanel } from './PrimeSweepPanel';
import { newCostProfileRun, runCostProfile, type CostProfileRun } from './profile';
import { chunkCountSteps, chunkSizeSteps, newPrimeSweep, orderSteps, runPrimeSweep, type PrimeSweep, type SweepKind } from './sweep';

const NO_ERRORS: PrimeErrors = {};

export default function PrimesPage({ query, onQueryChange }: ExperimentPageProps) {
  const cores = logicalCores();
  const [form, setForm] = useState<PrimeForm>(() => primeFormFromQuery(query, defaultPrimeForm(cores)));
  const run = useLiveTask<PrimeRecord>();
  const sweep = useLiveTask<PrimeSweep>();
  const profile = useLiveTask<CostProfileRun>();
  // Whichever of a run or a sweep started last owns the live view.
  const [liveSource, setLiveSource] = useState<'run' | 'sweep'>('run');
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();

  // Each action checks what it uses.
  const canShareMemory = isCrossOriginIsolated();
  const validation = useMemo(() => validatePrimeForm(form, cores, canShareMemory), [form, cores, canShareMemory]);
  const sweepValidations = useMemo(
    () => ({
      chunkSize: validateChunkSizeSweep(form, cores, canShareMemory),
      chunkCount: validateChunkCountSweep(form, cores, canShareMemory),
      order: validateOrderSweep(form, cores, canShareMemory),
    }),
    [form, cores, canShareMemory],
  );
  const profileValidation = useMemo(() => validateProfile(form), [form]);
  const busy = run.running || sweep.running || profile.running;
  const { stopRef, focusStop } = useStopFocus(busy);
  // Errors show for the run's own fields always, and for what the person last tried to start.
  const [attempted, setAttempted] = useState<'run' | SweepKind | 'profile'>('run');
  const attemptedErrors = attempted === 'run' ? null : attempted === 'profile' ? profileValidation.errors : sweepValidations[attempted].errors;
  const errors: PrimeErrors = { ...(validation.errors ?? NO_ERRORS), ...(attemptedErrors ?? NO_ERRORS) };

  useEffect(() => onQueryChange(primeFormToQuery(form)), [form, onQueryChange]);
  const change = useCallback((changes: Partial<PrimeForm>) => setForm((f) => ({ ...f, ...changes })), []);

  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const startRun = () => {
    setAttempted('run');
    const params = validation.value;
    if (!params) return focusFirstError();
    const shuffleSeed = randomSeed();
    const job = makePrimeJob(params, shuffleSeed);
    setLiveSource('run');
    run.start(newPrimeRecord(params, shuffleSeed, job), (record, { signal, changed }) => executeRun(record, job, signal, changed));
    focusStop();
  };

  const startSweep = (kind: SweepKind) => {
    setAttempted(kind);
    const { chunkSize, chunkCount, order } = sweepValidations;
    const steps =
      kind === 'chunkSize'
        ? chunkSize.value && chunkSizeSteps(chunkSize.value)
        : kind === 'chunkCount'
          ? chunkCount.value && chunkCountSteps(chunkCount.value)
          : order.value && orderSteps(order.value);
    if (!steps) return focusFirstError();
    setLiveSource('sweep');
    sweep.start(newPrimeSweep(kind, steps, randomSeed()), runPrimeSweep);
    focusStop();
  };

  const startProfile = () => {
    setAttempted('profile');
    const range = profileValidation.value;
    if (!range) return focusFirstError();
    const seed = randomSeed();
    profile.start(newCostProfileRun(range), (state, context) => runCostProfile(state, context, seed));
    focusStop();
  };

  const stop = () => {
    run.stop();
    sweep.stop();
    profile.stop();
  };

  const task = liveSource === 'sweep' ? sweep : run;
  const liveRecord = liveSource === 'sweep' ? (sweep.state?.current ?? null) : run.state;
  const crash = run.crash ?? sweep.crash ?? profile.crash;

  return (
    <article className="experiment primes">
      <h2>Prime search: chunks and load balancing</h2>
      <p className="lesson">
        Check every number of a range for primality by trial division, spread over workers. A number’s cost varies wildly:
        an even number is rejected at once, a prime costs about √n / 2 divisions. How the numbers are cut into chunks, and
        in what order they are handed out, decides how evenly the workers are loaded and how much time goes on asking for
        work. The defaults are the book’s: [100,000,000, 101,000,000) on all your cores, with Pool.map’s chunk size.
      </p>
      <div className="lab">
        <form
          className="controls"
          ref={formRef}
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            startRun();
          }}
        >
          <PrimeSettings form={form} errors={errors} params={validation.value} disabled={busy} onChange={change} />
          <fieldset className="sweep-settings" disabled={busy}>
            <legend>Sweeps</legend>
            <TextField
              label="Numbers in the chunk-size sweep"
              value={form.sweepNumbers}
              onChange={(sweepNumbers) => change({ sweepNumbers })}
              error={errors.sweepNumbers}
              hint={`Checks [From, From + this) at chunk sizes 1, 2, 4, … up to one chunk per worker, plus the default: ${formatCount(SWEEP_NUMBERS_RULE.min)} to ${formatCount(SWEEP_NUMBERS_RULE.max)}, so chunk size 1 takes seconds.`}
            />
            <button type="button" onClick={() => startSweep('chunkSize')} disabled={busy}>
              Sweep chunk sizes
            </button>
            <p className="field-hint">The run’s settings, cut into 1 to 3 × Workers equal chunks:</p>
            <button type="button" onClick={() => startSweep('chunkCount')} disabled={busy}>
              Sweep chunk counts
            </button>
            <p className="field-hint">The run’s settings in each order, one after another:</p>
            <button type="button" onClick={() => startSweep('order')} disabled={busy}>
              Compare orders
            </button>
          </fieldset>
          <fieldset className="sweep-settings" disabled={busy}>
            <legend>Cost profile</legend>
            <TextField label="Profile from" value={form.profileFrom} onChange={(profileFrom) => change({ profileFrom })} error={errors.profileFrom} />
            <TextField
              label="Profile to"
              value={form.profileTo}
              onChange={(profileTo) => change({ profileTo })}
              error={errors.profileTo}
              hint={`${formatCount(PROFILE_SAMPLES)} numbers sampled from [Profile from, Profile to); the book plots 10,000 to 1,000,000.`}
            />
            <button type="button" onClick={startProfile} disabled={busy}>
              Draw cost profile
            </button>
          </fieldset>
        </form>

        <div className="outputs">
          <CrashNotice crash={crash} />
          <div className="actions">
            <button type="submit" form={formId} disabled={busy}>
              Run
            </button>
            <button type="button" ref={stopRef} onClick={stop} disabled={!busy}>
              Stop
            </button>
            <RunStatus
              record={liveRecord}
              running={busy}
              ready="Ready. Set the range and workers, then press Run."
              starting={`Starting ${liveRecord?.workers} ${liveRecord?.workers === 1 ? 'worker' : 'workers'}…`}
              stopped="Stopped: every worker of the run was terminated."
            />
          </div>
          {profile.state ? <CostProfilePanel run={profile.state} version={profile.version} /> : null}
          {liveRecord ? <PrimeRunView key={liveRecord.id} record={liveRecord} version={task.version} /> : null}
          {liveSource === 'run' && run.state && !run.running && run.state.status !== 'failed' ? <PrimeResult record={run.state} /> : null}
          {/* The sweep's charts redraw once per measured point, not with every live repaint of its runs. */}
          {sweep.state ? <PrimeSweepPanel key={sweep.state.kind} sweep={sweep.state} version={seriesVersion(sweep.state)} /> : null}
        </div>
      </div>
    </article>
  );
}
