// What a lab is, as the app and the lab kit see it: its name and lesson, its settings schema,
// and how its settings are checked. Each lab's folder has one (meta.ts), beside its job and views.
import type { ReactNode } from 'react';
import type { FieldSpec, LabContext, Validation } from './settings';

export interface LabMeta<F, P> {
  /** The route: #/<id>. */
  id: string;
  /** Its name in the menu. */
  title: string;
  /** The lesson in one line (the menu's tooltip). */
  summary: string;
  /** The page's heading. */
  heading: string;
  /** The lesson, in a paragraph under the heading. */
  lesson: ReactNode;
  /** The status line before anything ran. */
  ready: string;
  /** Every setting, in the order the form shows them; those with a group sit in that group's fieldset. */
  fields: readonly FieldSpec<F, P>[];
  defaults(cores: number): F;
  /** Checks what a run uses. */
  validate(form: F, context: LabContext): Validation<F, P>;
  /** Checks what each other action (a sweep, a profile) uses, by the action's name. */
  actions?: Readonly<Record<string, (form: F, context: LabContext) => Validation<F, unknown>>>;
  /** Why nothing can run on this page (e.g. no shared memory), or null. */
  unavailable?(context: LabContext): string | null;
}
