import { useId } from 'react';

import { ChoiceGroup } from './Choices';

/** A group of radio buttons for one code of a list, each shown as words, under its legend. */
export function Radios<T extends string>({
  legend,
  codes,
  words,
  value,
  onChange,
  error,
}: {
  legend: string;
  codes: readonly T[];
  words: (code: T) => string;
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
}) {
  const name = useId();
  return (
    <ChoiceGroup legend={legend} error={error}>
      {codes.map((code) => (
        <label key={code} className="choice">
          <input type="radio" name={name} checked={value === code} onChange={() => onChange(code)} />
          {words(code)}
        </label>
      ))}
    </ChoiceGroup>
  );
}
