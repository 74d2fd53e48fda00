import { useMemo, type ReactNode } from 'react';
import { CrashNotice } from './CrashNotice';
import { SettingsFields } from './SettingsFields';
import { StatusLine, type StatusSource } from './StatusLine';
import type { Lab } from './useLab';

interface Props<F, P, T> {
  lab: Lab<F, P, T>;
  /** Said under the lesson (e.g. why the lab cannot run here). */
  notice?: ReactNode;
  /** More of the form after the run's settings: sweeps, presets. */
  controls?: ReactNode;
  /** What the status line says of the task started last: its current step, a better progress, what starts. */
  status?: { step?: string | null; progress?: number | null; starting?: string | null };
  /** Under Run and Stop: a lesson note, the live view, the Result, sweep panels. */
  children: ReactNode;
  onRun(): void;
  /** The lab's other actions by name ("sweep", "chunkSize", …): a lesson step may run one of them. */
  actions?: Readonly<Record<string, () => void>>;
}

/**
 * The page every lab has: heading and lesson; the settings beside what the run shows; Run, Stop
 * and a status line in view; then the lab's own views. A lab fills it in with its actions and views.
 */
export function LabPage<F, P, T>({ lab, notice, controls, status, children, onRun, actions }: Props<F, P, T>) {
  const { meta, step } = lab;
  const unavailable = meta.unavailable?.(lab.context) ?? null;
  // In a lesson step, the step's action stands where Run does: in view when the settings are hidden.
  const stepAction = step && step.action !== 'run' ? actions?.[step.action] : null;
  if (stepAction === undefined) throw new Error(`The ${meta.id} lab offers no action "${step?.action}" to a lesson step.`);
  return (
    <article className={`experiment ${meta.id}`}>
      {step ? null : (
        <>
          <h2>{meta.heading}</h2>
          <p className="lesson">{meta.lesson}</p>
        </>
      )}
      {unavailable ? (
        <div role="alert" className="error-box">
          {unavailable}
        </div>
      ) : null}
      {notice}
      <div className="lab">
        <form
          className="controls"
          ref={lab.formRef}
          id={lab.formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onRun();
          }}
        >
          <FieldGroup lab={lab} legend="Settings" />
          {controls}
        </form>
        <div className="outputs">
          <CrashNotice crash={lab.tasks.crash} />
          {/* Run and Stop sit beside what they control, in view on any screen; Run submits the form. */}
          <div className="actions">
            {stepAction ? (
              <button type="button" className="step-action" onClick={stepAction} disabled={lab.busy || unavailable !== null}>
                {step!.label}
              </button>
            ) : (
              <button type="submit" form={lab.formId} disabled={lab.busy || unavailable !== null}>
                Run
              </button>
            )}
            <button type="button" ref={lab.stopRef} onClick={lab.stop} disabled={!lab.busy}>
              Stop
            </button>
            <StatusLine ready={meta.ready} task={(lab.tasks.latest?.state as StatusSource | undefined) ?? null} {...status} />
          </div>
          {children}
        </div>
      </div>
    </article>
  );
}

/**
 * A fieldset of the lab's settings: the run's own ("Settings"), or a group's (a sweep's fields),
 * followed by `children` (the group's buttons).
 */
export function FieldGroup<F, P, T>({ lab, legend, children }: { lab: Lab<F, P, T>; legend: string; children?: ReactNode }) {
  const group = legend === 'Settings' ? undefined : legend;
  const fields = useMemo(() => lab.meta.fields.filter((field) => field.group === group), [lab.meta, group]);
  const unavailable = lab.meta.unavailable?.(lab.context) ?? null;
  return (
    <fieldset className={group ? 'sweep-settings' : 'settings'} disabled={lab.busy || (group !== undefined && unavailable !== null)}>
      <legend>{legend}</legend>
      <SettingsFields fields={fields} form={lab.form} errors={lab.errors} value={lab.validation.value} context={lab.context} onChange={lab.change} />
      {children}
    </fieldset>
  );
}
