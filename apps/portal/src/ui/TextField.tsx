import type { InputHTMLAttributes } from 'react';

import { Field } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

/** A labelled text input (any `type`) whose value is a string, with its hint and error. */
export function TextField({
  label,
  hint,
  error,
  valid,
  value,
  onChange,
  ...input
}: InputProps & {
  label: string;
  hint?: string;
  error?: string;
  valid?: string;
  value: string | undefined | null;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error} valid={valid}>
      {(props) => (
        <input {...props} {...input} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}
