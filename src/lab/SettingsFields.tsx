import { CheckboxField, SelectField, TextField } from './Field';
import { phrase, resolveHint, type FieldErrors, type FieldSpec, type LabContext } from './settings';

interface Props<F, P> {
  fields: readonly FieldSpec<F, P>[];
  form: F;
  errors: FieldErrors<F>;
  /** What the form validates to, when it does: hints say what empty fields resolve to. */
  value: P | null;
  context: LabContext;
  onChange(changes: Partial<F>): void;
}

/** The fields of a lab's schema, each with its error (or else its hint) beside it. */
export function SettingsFields<F, P>({ fields, form, errors, value, context, onChange }: Props<F, P>) {
  return fields
    .filter((field) => field.shown?.(form) ?? true)
    .map((field) => {
      const hint = resolveHint(field.hint, form, value, context);
      const error = errors[field.key];
      const change = (next: string | boolean) => onChange({ [field.key]: next } as Partial<F>);
      if (field.kind === 'checkbox') {
        const disabled = field.disabled?.(form) ?? false;
        return <CheckboxField key={field.key} label={field.label} checked={(form[field.key] as boolean) && !disabled} disabled={disabled} onChange={change} hint={hint} />;
      }
      if (field.kind === 'choice') {
        const options = field.options.map((option) => ({ ...option, disabledBecause: option.unavailable?.(context) ?? null }));
        const unavailable = options.filter((option) => option.disabledBecause);
        // Why an option is greyed out, after the field's own hint.
        const why = unavailable.length > 0 ? unavailable.map((option) => `${option.label}: ${option.disabledBecause}`).join(' ') : null;
        return <SelectField key={field.key} label={field.label} value={form[field.key] as string} options={options} onChange={change} error={error} hint={why ? phrase(hint, ' ', why) : hint} />;
      }
      return (
        <TextField
          key={field.key}
          label={field.label}
          value={form[field.key] as string}
          onChange={change}
          error={error}
          hint={hint}
          placeholder={field.placeholder}
          inputMode={field.inputMode}
        />
      );
    });
}
