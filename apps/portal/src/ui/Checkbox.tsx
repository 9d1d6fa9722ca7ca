import { useId } from 'react';

/** A checkbox and its label, with the problem's message tied to it when there is one. */
export function Checkbox({
  label,
  checked,
  onChange,
  error,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <>
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {label}
      </label>
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
