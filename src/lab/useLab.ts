// The state every lab page has: its form (from and to the link), what the form validates to,
// its tasks, and how a task starts and stops. A lab page adds its own actions and views.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { isCrossOriginIsolated } from '../isolation/crossOriginIsolation';
import { logicalCores, simdSupported } from '../platform';
import type { TaskExport } from '../runs/exportFormat';
import { useLiveTasks, type LiveTasks, type TaskRunner } from '../runs/live';
import type { Series } from '../runs/series';
import { exportFinished, type LabExports } from './exports';
import { formFromLink, formToLink, type FieldErrors, type LabContext, type Validation } from './settings';
import type { LabMeta } from './meta';
import { useStopFocus } from './useStopFocus';

export interface LabPageProps {
  /** The page's settings from the link, e.g. "samples=1e8&workers=4". */
  query: URLSearchParams;
  /** Called with the page's current settings, to keep the link shareable. */
  onQueryChange(query: URLSearchParams): void;
  /** Called with each task that ends done, as its export (the app keeps it; a lesson step measures it). */
  onTaskDone?(task: TaskExport): void;
  /** Set when the lab is embedded in a lesson step: the step's action, in place of the page's heading and lesson. */
  step?: LabStep;
}

/** What a lesson step runs: a lab action by name ("run", "sweep", …) and its button's label. */
export interface LabStep {
  action: string;
  label: string;
}

export interface Lab<F, P, T> {
  meta: LabMeta<F, P>;
  context: LabContext;
  /** The lesson step the lab is embedded in, or null. */
  step: LabStep | null;
  form: F;
  change(changes: Partial<F>): void;
  /** What the run's settings validate to. */
  validation: Validation<F, P>;
  /** Messages beside the fields: the run's, and those of the action last tried. */
  errors: FieldErrors<F>;
  tasks: LiveTasks<T>;
  busy: boolean;
  /** The single run started last, once it has ended and has something to show: its Result's task. */
  finishedRun: T | null;
  /**
   * Starts the task `action` would run, if its settings are valid; else points at the first bad
   * field. With `withForm` (a preset), the form takes those settings first. The task is kept
   * (for its panel) under `slot`, by default the action's name.
   */
  start<V, S extends T>(action: string, begin: (value: V) => { task: S; run: TaskRunner<S>; slot?: string }, withForm?: F): void;
  stop(): void;
  formRef: React.RefObject<HTMLFormElement | null>;
  formId: string;
  stopRef: React.RefObject<HTMLButtonElement | null>;
}

export function useLab<F, P, T>(meta: LabMeta<F, P>, { query, onQueryChange, onTaskDone, step }: LabPageProps, exports: LabExports): Lab<F, P, T> {
  const context = useMemo<LabContext>(() => ({ cores: logicalCores(), canShareMemory: isCrossOriginIsolated(), wasmSimd: simdSupported() }), []);
  const defaults = useMemo(() => meta.defaults(context.cores), [meta, context]);
  const [form, setForm] = useState<F>(() => formFromLink(meta.fields, query, defaults));
  const [attempted, setAttempted] = useState('run');
  const tasks = useLiveTasks<T>();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId();
  const { stopRef, focusStop } = useStopFocus(tasks.running);

  const validation = useMemo(() => meta.validate(form, context), [meta, form, context]);
  const errors = useMemo(() => {
    // A field of an action's own group (a sweep's list) shows its message as it is typed, as the
    // run's fields do; the action's messages about the run's fields show once it was tried.
    const grouped = new Set(meta.fields.filter((field) => field.group).map((field) => field.key as keyof F));
    const shown: FieldErrors<F> = { ...validation.errors };
    for (const [action, check] of Object.entries(meta.actions ?? {})) {
      for (const [field, message] of Object.entries(check(form, context).errors ?? {}) as [keyof F, string][]) {
        if (action === attempted || grouped.has(field)) shown[field] ??= message;
      }
    }
    return shown;
  }, [meta, validation, attempted, form, context]);

  useEffect(() => onQueryChange(formToLink(meta.fields, form, defaults)), [meta, form, defaults, onQueryChange]);
  const change = useCallback((changes: Partial<F>) => setForm((f) => ({ ...f, ...changes })), []);

  const start = <V, S extends T>(action: string, begin: (value: V) => { task: S; run: TaskRunner<S>; slot?: string }, withForm?: F) => {
    setAttempted(action);
    if (withForm) setForm(withForm);
    if (meta.unavailable?.(context)) return;
    const settings = withForm ?? form;
    const checked = action === 'run' ? (withForm ? meta.validate(withForm, context) : validation) : meta.actions?.[action]?.(settings, context);
    if (!checked) throw new Error(`The ${meta.id} lab has no action "${action}".`);
    if (!checked.value) {
      // After React has shown the messages: focus the first field that has one.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const { task, run, slot = action } = begin(checked.value as V);
    // The runner is only ever handed the task it was made for.
    tasks.start(slot, task, run as TaskRunner<T>);
    focusStop();
  };

  useHandOver(meta.id, tasks, exports, onTaskDone);

  const latest = tasks.latest;
  const ended = latest?.kind === 'run' && !tasks.running ? (latest.state as { status: string; current: unknown }) : null;
  const finishedRun = ended && ended.current && ended.status !== 'failed' ? latest!.state : null;
  return {
    meta,
    context,
    step: step ?? null,
    form,
    change,
    validation,
    errors,
    tasks,
    busy: tasks.running,
    finishedRun,
    start,
    stop: tasks.stop,
    formRef,
    formId,
    stopRef,
  };
}

/** Hands each task that ends done on, once, as its export. */
function useHandOver<T>(experiment: string, tasks: LiveTasks<T>, exports: LabExports, onTaskDone: ((task: TaskExport) => void) | undefined) {
  const handed = useRef(new WeakSet<object>());
  const latest = tasks.latest;
  useEffect(() => {
    // Every task a lab runs is a series of runs.
    const task = latest?.state as Series<unknown, unknown, unknown> | undefined;
    if (!task || !onTaskDone || tasks.running || task.status !== 'done' || handed.current.has(task)) return;
    handed.current.add(task);
    const exported = exportFinished(experiment, task, exports);
    if (exported) onTaskDone(exported);
  }, [experiment, latest, tasks.running, exports, onTaskDone]);
}
