import { useEffect, useMemo, useRef, useState } from 'react';
import { TextField } from '../../app/Field';
import { randomSeed } from '../../kernels/rng';
import { executeRun } from '../../runs/executeRun';
import { useLiveTask } from '../../runs/useLiveTask';
import type { ExperimentPageProps } from '../registry';
import { makePiJob, newPiRecord, type PiRecord } from './job';
import { defaultPiForm, parseWorkerList, piFormFromQuery, piFormToQuery, validatePiForm, type PiForm } from './params';
import { PiResult } from './PiResult';
import { PiRunView } from './PiRunView';
import { PiSettings } from './PiSettings';
import { SweepPanel } from './SweepPanel';
import { newPiSweep, runPiSweep, type PiSweep } from './sweep';

export default function PiPage({ query, onQueryChange }: ExperimentPageProps) {
  const cores = navigator.hardwareConcurrency || 1;
  const [form, setForm] = useState<PiForm>(() => piFormFromQuery(query, defaultPiForm(cores)));
  const [showErrors, setShowErrors] = useState(true);
  const run = useLiveTask<PiRecord>();
  const sweep = useLiveTask<PiSweep>();
  const formRef = useRef<HTMLFormElement>(null);
  // Whichever task started last owns the live view.
  const [liveSource, setLiveSource] = useState<'run' | 'sweep'>('run');

  const validation = useMemo(() => validatePiForm(form), [form]);
  const errors = showErrors && validation.errors ? validation.errors : {};
  const busy = run.running || sweep.running;

  useEffect(() => onQueryChange(piFormToQuery(form)), [form, onQueryChange]);

  const change = (changes: Partial<PiForm>) => setForm((f) => ({ ...f, ...changes }));

  const focusFirstError = () => {
    setShowErrors(true);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const startRun = () => {
    const { params } = validation;
    if (!params) return focusFirstError();
    const seed = params.seed ?? randomSeed();
    const job = makePiJob(params, seed);
    const record = newPiRecord(params, seed, job);
    setLiveSource('run');
    run.start(record, (r, { signal, changed }) => executeRun(r, job, signal, changed));
  };

  const startSweep = () => {
    const { params } = validation;
    const list = parseWorkerList(form.sweepWorkers);
    if (!params || !list.ok) return focusFirstError();
    const fixedChunks = form.chunks.trim() === '' ? null : params.chunks;
    setLiveSource('sweep');
    sweep.start(newPiSweep(list.value, params.seed ?? randomSeed(), fixedChunks), (s, context) => runPiSweep(s, params, context));
  };

  const stop = () => {
    run.stop();
    sweep.stop();
  };

  const sweepIsNewer = liveSource === 'sweep';
  const liveRecord = sweepIsNewer ? (sweep.state?.current ?? null) : run.state;
  const liveVersion = sweepIsNewer ? sweep.version : run.version;
  const sweepWorkersError = showErrors && validation.errors ? validation.errors.sweepWorkers : undefined;

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
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          startRun();
        }}
      >
        <PiSettings form={form} errors={errors} params={validation.params} disabled={busy} onChange={change} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Run
          </button>
          <button type="button" onClick={stop} disabled={!busy}>
            Stop
          </button>
        </div>
        <fieldset className="sweep-settings" disabled={busy}>
          <legend>Sweep</legend>
          <TextField
            label="Worker counts to sweep"
            value={form.sweepWorkers}
            onChange={(sweepWorkers) => change({ sweepWorkers })}
            error={sweepWorkersError}
            inputMode="text"
            hint="The same samples and seed for each worker count, on fresh workers each time."
          />
          <button type="button" onClick={startSweep} disabled={busy}>
            Sweep workers
          </button>
        </fieldset>
      </form>

      <RunStatus record={liveRecord} running={busy} />
      {liveRecord ? <PiRunView record={liveRecord} version={liveVersion} running={busy} /> : null}
      {!sweepIsNewer && run.state && !run.running && run.state.status !== 'failed' ? (
        <PiResult record={run.state} onReuseSeed={(seed) => change({ seed: String(seed) })} />
      ) : null}
      {sweep.state ? <SweepPanel sweep={sweep.state} version={sweep.version} /> : null}
    </article>
  );
}

function RunStatus({ record, running }: { record: PiRecord | null; running: boolean }) {
  if (!record) return <p role="status" className="run-status">Ready. Set the samples and workers, then press Run.</p>;
  if (record.status === 'failed') {
    return (
      <div role="alert" className="error-box">
        The run failed: {asSentence(record.error ?? 'unknown error')} The workers were shut down; you can run again.
      </div>
    );
  }
  const text = {
    starting: `Starting ${record.mode === 'mainThread' ? 'on the main thread' : `${record.workers} workers`}…`,
    running: `Running: ${Math.floor((record.itemsDone / record.totalItems) * 100)} % done.`,
    done: 'Done.',
    stopped: 'Stopped: every worker of the run was terminated.',
    failed: '',
  }[record.status];
  return (
    <p role="status" className="run-status" aria-busy={running}>
      {text}
    </p>
  );
}

function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
