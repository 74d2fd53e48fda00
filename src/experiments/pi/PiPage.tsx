import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { TextField } from '../../lab/Field';
import { RunStatus } from '../../lab/StatusLine';
import { useStopFocus } from '../../lab/useStopFocus';
import { randomSeed } from '../../kernels/rng';
import { executeRun } from '../../runs/executeRun';
import { useLiveTask } from '../../runs/useLiveTask';
import { seriesVersion } from '../../runs/series';
import { CrashNotice } from '../../lab/CrashNotice';
import type { ExperimentPageProps } from '../registry';
import { makePiJob, newPiRecord, type PiRecord } from './job';
import { defaultPiForm, piFormFromQuery, piFormToQuery, validatePiForm, validateSweep, type PiForm } from './params';
import { PiResult } from './PiResult';
import { PiRunView } from './PiRunView';
import { PiSettings } from './PiSettings';
import { SweepPanel } from './SweepPanel';
import { newPiSweep, runPiSweep, type PiSweep } from './sweep';
import { logicalCores } from '../../platform';
import { isCrossOriginIsolated } from '../../isolation/crossOriginIsolation';

const NO_ERRORS = {};

export default function PiPage({ query, onQueryChange }: ExperimentPageProps) {
  const cores = logicalCores();
  const [form, setForm] = useState<PiForm>(() => piFormFromQuery(query, defaultPiForm(cores)));
  const run = useLiveTask<PiRecord>();
  const sweep = useLiveTask<PiSweep>();
  // Whichever task started last owns the live view.
  const [liveSource, setLiveSource] = useState<'run' | 'sweep'>('run');
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();

  const validation = useMemo(() => validatePiForm(form, isCrossOriginIsolated()), [form]);
  const sweepValidation = useMemo(() => validateSweep(form), [form]);
  const busy = run.running || sweep.running;
  const { stopRef, focusStop } = useStopFocus(busy);

  useEffect(() => onQueryChange(piFormToQuery(form)), [form, onQueryChange]);

  const change = useCallback((changes: Partial<PiForm>) => setForm((f) => ({ ...f, ...changes })), []);
  const reuseSeed = useCallback((seed: number) => change({ seed: String(seed) }), [change]);

  const focusFirstError = () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

  const startRun = () => {
    const { params } = validation;
    if (!params) return focusFirstError();
    const seed = params.seed ?? randomSeed();
    const job = makePiJob(params, seed);
    setLiveSource('run');
    run.start(newPiRecord(params, seed, job), (record, { signal, changed }) => executeRun(record, job, signal, changed));
    focusStop();
  };

  const startSweep = () => {
    const { plan } = sweepValidation;
    if (!plan) return focusFirstError();
    setLiveSource('sweep');
    sweep.start(newPiSweep(plan, plan.base.seed ?? randomSeed()), runPiSweep);
    focusStop();
  };

  const stop = () => {
    run.stop();
    sweep.stop();
  };

  const task = liveSource === 'sweep' ? sweep : run;
  const liveRecord = liveSource === 'sweep' ? (sweep.state?.current ?? null) : run.state;

  return (
    <article className="experiment pi">
      <h2>Monte Carlo pi: processes share the work</h2>
      <p className="lesson">
        Throw darts at the unit square: the share landing inside the quarter circle (x² + y² ≤ 1) estimates π/4. Each
        worker throws its share of the darts on its own core, so with W cores the run should take 1/W of the time. Try 1
        worker, then all your cores, then more workers than cores; tick <em>Same seed in every worker</em> to see the
        un-seeded fork bug (W workers, one worker’s worth of darts); and try <em>Main thread</em> to see why nobody
        computes on the page’s own thread.
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
        <PiSettings form={form} errors={validation.errors ?? NO_ERRORS} params={validation.params} disabled={busy} onChange={change} />
        <fieldset className="sweep-settings" disabled={busy}>
          <legend>Sweep</legend>
          <TextField
            label="Worker counts to sweep"
            value={form.sweepWorkers}
            onChange={(sweepWorkers) => change({ sweepWorkers })}
            error={sweepValidation.errors?.sweepWorkers}
            inputMode="text"
            hint="Worker counts separated by commas or spaces (1, 2, 4). The same samples and seed for each worker count, on fresh workers each time: always on workers with independent seeds (Workers, Mode and Same seed are not used)."
          />
          <button type="button" onClick={startSweep} disabled={busy}>
            Sweep workers
          </button>
        </fieldset>
      </form>

      <div className="outputs">
      <CrashNotice crash={task.crash} />
      {/* Run and Stop sit beside what they control, in view on any screen; Run submits the form. */}
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
          ready="Ready. Set the samples and workers, then press Run."
          starting={`Starting ${liveRecord?.mode === 'mainThread' ? 'on the main thread' : `${liveRecord?.workers} workers`}…`}
          stopped={liveRecord?.mode === 'mainThread' ? 'Stopped.' : 'Stopped: every worker of the run was terminated.'}
        />
      </div>
      {liveRecord ? <PiRunView key={liveRecord.id} record={liveRecord} version={task.version} /> : null}
      {liveSource === 'run' && run.state && !run.running && run.state.status !== 'failed' ? (
        <PiResult record={run.state} onReuseSeed={reuseSeed} />
      ) : null}
      {/* The sweep's charts redraw once per measured point, not with every live repaint of its runs. */}
      {sweep.state ? <SweepPanel sweep={sweep.state} version={seriesVersion(sweep.state)} /> : null}
      </div>
      </div>
    </article>
  );
}
