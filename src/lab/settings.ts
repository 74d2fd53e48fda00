// A lab's settings as a schema: each field's label, kind, link key and hint, in the order the
// form shows them. One schema gives the form, the shareable link, and the shape validation
// reports in, so the labs read, write and refuse settings the same way.
import { Fragment, createElement, type ReactNode } from 'react';
import type { Parsed } from './parseNumber';

/** What settings are checked against: this machine, and whether the page may share memory. */
export interface LabContext {
  cores: number;
  canShareMemory: boolean;
  /** The browser runs WebAssembly SIMD. */
  wasmSimd: boolean;
}

export interface Option<T extends string = string> {
  value: T;
  label: string;
  /** How a link writes this choice, where that differs from `value`. */
  link?: string;
  /** Why this browser cannot have this choice (the option shows, disabled), or null. */
  unavailable?(context: LabContext): string | null;
}

/** A field's help under it: fixed, or worked out from the form and what it validates to. */
export type Hint<F, P> = ReactNode | ((form: F, value: P | null, context: LabContext) => ReactNode);

type KeysOf<F, T> = { [K in keyof F]: F[K] extends T ? K : never }[keyof F] & string;

interface FieldCommon<F, P> {
  label: string;
  /** The key in a shared link. */
  link: string;
  hint?: Hint<F, P>;
  /** Shown only when this says so (e.g. a GIL policy in threads mode). */
  shown?(form: F): boolean;
  /** The fieldset it belongs to; none: the run's own Settings. */
  group?: string;
}

export type FieldSpec<F, P> = FieldCommon<F, P> &
  (
    | { kind: 'text'; key: KeysOf<F, string>; placeholder?: string; inputMode?: 'numeric' | 'decimal' | 'text' }
    | { kind: 'choice'; key: KeysOf<F, string>; options: readonly Option[] }
    | { kind: 'checkbox'; key: KeysOf<F, boolean>; disabled?(form: F): boolean }
  );

export type FieldErrors<F> = Partial<Record<keyof F, string>>;

/** Every lab's validation has this shape: the settings a run needs, or a message per field. */
export type Validation<F, P> = { value: P; errors: null } | { value: null; errors: FieldErrors<F> };

export function valid<P>(value: P): { value: P; errors: null } {
  return { value, errors: null };
}

export function invalid<F>(errors: FieldErrors<F>): { value: null; errors: FieldErrors<F> } {
  return { value: null, errors };
}

/** The parsed value, or undefined with the field's message noted in `errors`. */
export function take<F, T>(parsed: Parsed<T>, field: keyof F, errors: FieldErrors<F>): T | undefined {
  if (parsed.ok) return parsed.value;
  errors[field] = parsed.error;
  return undefined;
}

export function resolveHint<F, P>(hint: Hint<F, P> | undefined, form: F, value: P | null, context: LabContext): ReactNode {
  return typeof hint === 'function' ? hint(form, value, context) : hint;
}

/** A few words set in bold inside a hint (with a test id, when a test reads them). */
export function emphasis(text: string, testId?: string): ReactNode {
  return createElement('strong', { key: text, 'data-testid': testId }, text);
}

/** Words set in italics inside a lesson: the name of a setting. */
export function term(text: string): ReactNode {
  return createElement('em', { key: text }, text);
}

/** Text and emphasised words as one node. */
export function phrase(...parts: ReactNode[]): ReactNode {
  return createElement(Fragment, null, ...parts);
}

// --- Links: the settings live in the URL, so a workshop leader can share a run. ---

/** Longest value read from a link: a link is typed or pasted, and may be anything. */
const MAX_LINK_VALUE = 200;

/** The form as a link's query: text fields when filled in, choices and boxes when not the default. */
export function formToLink<F, P>(fields: readonly FieldSpec<F, P>[], form: F, defaults: F): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of fields) {
    if (field.kind === 'text') {
      const text = (form[field.key] as string).trim();
      if (text !== '') query.set(field.link, text);
    } else if (field.kind === 'choice') {
      const value = form[field.key] as string;
      const option = field.options.find((o) => o.value === value);
      if (option && value !== defaults[field.key]) query.set(field.link, option.link ?? option.value);
    } else if (form[field.key] !== defaults[field.key]) {
      query.set(field.link, form[field.key] ? '1' : '0');
    }
  }
  return query;
}

/** Reads a shared link onto the defaults; unknown keys and odd values are ignored, never thrown on. */
export function formFromLink<F, P>(fields: readonly FieldSpec<F, P>[], query: URLSearchParams, defaults: F): F {
  const form = { ...defaults };
  for (const field of fields) {
    const text = query.get(field.link);
    if (text === null) continue;
    if (field.kind === 'text') (form[field.key] as string) = text.slice(0, MAX_LINK_VALUE);
    else if (field.kind === 'choice') {
      const option = field.options.find((o) => (o.link ?? o.value) === text);
      if (option) (form[field.key] as string) = option.value;
    } else if (text === '1' || text === '0') (form[field.key] as boolean) = text === '1';
  }
  return form;
}
