import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  /** Help shown under the field when there is no error. */
  hint?: ReactNode;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  disabled?: boolean;
}

/** A labelled text input with its error message beside it. */
export function TextField({ label, value, onChange, error, hint, placeholder, inputMode = 'numeric', disabled }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  /** An option with a `disabledBecause` shows, but cannot be picked. */
  options: readonly { value: T; label: string; disabledBecause?: string | null }[];
  onChange(value: T): void;
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, error, hint, disabled }: SelectProps<T>) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={Boolean(option.disabledBecause)}>
            {option.disabledBecause ? `${option.label} (not in this browser)` : option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={messageId} error={error} hint={hint} />
    </div>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
  disabled?: boolean;
}

export function CheckboxField({ label, checked, onChange, hint, disabled }: CheckboxProps) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? <span id={`${id}-hint`} className="field-hint">{hint}</span> : null}
    </div>
  );
}

/** A field's error, or else its hint, under it; the field points at it with aria-describedby. */
function FieldMessage({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  if (error) return <span id={id} className="field-error">{error}</span>;
  return hint ? <span id={id} className="field-hint">{hint}</span> : null;
}
