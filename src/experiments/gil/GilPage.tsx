import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { randomSeed } from '../../kernels/rng';
import { isCrossOriginIsolated } from '../../isolation/crossOriginIsolation';
import { logicalCores } from '../../platform';
import { useLiveTask } from '../../runs/useLiveTask';
import { CrashNotice } from '../../lab/CrashNotice';
import type { ExperimentPageProps } from '../registry';
import { GilResult } from './GilResult';
import { GilRunView } from './GilRunView';
import { GilSettings } from './GilSettings';
import { defaultGilForm, gilFormFromQuery, gilFormToQuery, PRESETS, validateGilForm, type GilErrors, type GilForm } from './params';
import { newGilRun, PHASE_TITLES, runGilExperiment, type GilRun } from './run';

const NO_ERRORS: GilErrors = {};

export default function GilPage({ query, onQueryChange }: ExperimentPageProps) {
  const cores = logicalCores();
  const [form, setForm] = useState<GilForm>(() => gilFormFromQuery(query, defaultGilForm()));
  const [presetId, setPresetId] = useState<string | null>(null);
  const run = useLiveTask<GilRun>();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  const validation = useMemo(() => validateGilForm(form), [form]);
  const isolated = isCrossOriginIsolated();

  useEffect(() => onQueryChange(gilFormToQuery(form)), [form, onQueryChange]);
  const change = useCallback((changes: Partial<GilForm>) => {
    setPresetId(null);
    setForm((f) => ({ ...f, ...changes }));
  }, []);

  const start = (params = validation.value) => {
    // Without shared memory there is no lock to share: the alert above says why.
    if (!isolated) return;
    if (!params) return requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    run.start(newGilRun(params, randomSeed()), runGilExperiment);
  };

  const runPreset = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    setForm(preset.form);
    setPresetId(id);
    start(validateGilForm(preset.form).value);
  };

  const preset = PRESETS.find((p) => p.id === presetId) ?? null;
  const state = run.state;
  // A baseline shows while it is measured; otherwise the threads run, the lesson, does.
  const livePhase = state?.baselineRun ? state.phase : 'threads';
  const liveRun = state ? (state.baselineRun ?? state.threads) : null;

  return (
    <article className="experiment gil">
      <h2>The GIL: why CPU-bound Python threads don’t speed up</h2>
      <p className="lesson">
        CPython runs one thread at a time: a thread must hold the global interpreter lock (GIL) to execute. Here each
        simulated thread is a real worker throwing real darts, allowed to compute only while it holds one shared lock,
        given up as Python 2 or Python 3 does. Watch the lock change hands, compare with the same work on one thread and on
        free workers (processes), and see where threads do help: I/O, and work that releases the GIL.
      </p>
      {!isolated ? (
        <div role="alert" className="error-box">
          This page needs cross-origin isolation, and this page load is not isolated. The simulated threads share their lock
          through a SharedArrayBuffer, which browsers only allow on pages served with the Cross-Origin-Opener-Policy and
          Cross-Origin-Embedder-Policy headers (or after the app’s service worker has added them: reload the page once). The
          other experiments work without it.
        </div>
      ) : null}
      <div className="lab">
        <form
          className="controls"
          ref={formRef}
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setPresetId(null);
            start();
          }}
        >
          <GilSettings form={form} errors={validation.errors ?? NO_ERRORS} disabled={run.running} onChange={change} />
          <fieldset className="sweep-settings presets" disabled={run.running || !isolated}>
            <legend>Presets</legend>
            {PRESETS.map((p) => (
              <div key={p.id} className="preset">
                <button type="button" onClick={() => runPreset(p.id)}>
                  {p.name}
                </button>
                <p>{p.lookFor(cores)}</p>
              </div>
            ))}
          </fieldset>
        </form>
        <div className="outputs">
          <CrashNotice crash={run.crash} />
          <div className="actions">
            <button type="submit" form={formId} disabled={run.running || !isolated}>
              Run
            </button>
            <button type="button" onClick={run.stop} disabled={!run.running}>
              Stop
            </button>
            <RunStatus run={state} running={run.running} />
          </div>
          {preset ? (
            <p className="lesson-note">
              <strong>{preset.name}.</strong> {preset.lookFor(cores)}
            </p>
          ) : null}
          {state && liveRun ? <GilRunView key={`${state.id}-${livePhase}`} run={liveRun} title={PHASE_TITLES[livePhase]} version={run.version} /> : null}
          {state && !run.running && state.status === 'done' ? <GilResult run={state} /> : null}
        </div>
      </div>
    </article>
  );
}

function RunStatus({ run, running }: { run: GilRun | null; running: boolean }) {
  if (!run) return <p role="status" className="run-status">Ready. Pick a preset, or set the threads and policy and press Run.</p>;
  if (run.status === 'failed') {
    return (
      <div role="alert" className="error-box">
        The run failed: {run.error ?? 'unknown error'}. Its threads were shut down; you can run again.
      </div>
    );
  }
  const text =
    run.status === 'running'
      ? `${PHASE_TITLES[run.phase]}: ${(run.baselineRun ?? run.threads).status === 'starting' ? 'starting…' : 'running…'}`
      : run.status === 'done'
        ? 'Done.'
        : 'Stopped: every thread of the run was terminated.';
  return (
    <p role="status" className="run-status" aria-busy={running}>
      {text}
    </p>
  );
}
