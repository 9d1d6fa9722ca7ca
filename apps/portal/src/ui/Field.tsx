import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  /** The problem's message for this field, in the user's language. */
  error?: string;
  /** Said when the field is right (the SIREN's check digit, say). */
  valid?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A label, the control, its hint and its error, tied together for assistive technologies. */
export function Field({ label, hint, error, valid, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, (error || valid) && `${id}-message`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined })}
      {/* Present from the start, so a message appearing as you type is read out. */}
      <div aria-live="polite">
        {error ? (
          <p className="error" id={`${id}-message`}>
            {error}
          </p>
        ) : (
          valid && (
            <p className="valid" id={`${id}-message`}>
              {valid}
            </p>
          )
        )}
      </div>
    </div>
  );
}
