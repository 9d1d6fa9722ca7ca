import { type ReactNode, useId } from 'react';

/** A fieldset of choices under its legend, with its error tied to it. */
export function ChoiceGroup({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const errorId = useId();
  return (
    <fieldset className={error ? 'choices field--error' : 'choices'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A group of checkboxes for a list of codes, each shown as words. */
export function Choices<T extends string>({
  legend,
  codes,
  words,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  codes: readonly T[];
  words: (code: T) => string;
  chosen: readonly T[] | undefined;
  onChange: (chosen: T[]) => void;
  error?: string;
}) {
  const selected = new Set(chosen ?? []);
  const toggle = (code: T) => {
    if (selected.has(code)) selected.delete(code);
    else selected.add(code);
    onChange(codes.filter((each) => selected.has(each)));
  };
  return (
    <ChoiceGroup legend={legend} error={error}>
      {codes.map((code) => (
        <label key={code} className="choice">
          <input type="checkbox" checked={selected.has(code)} onChange={() => toggle(code)} />
          {words(code)}
        </label>
      ))}
    </ChoiceGroup>
  );
}
