import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '../../../ui/Field';

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
  const errorId = useId();
  const selected = new Set(chosen ?? []);
  const toggle = (code: T) => {
    if (selected.has(code)) selected.delete(code);
    else selected.add(code);
    onChange(codes.filter((each) => selected.has(each)));
  };
  return (
    <fieldset className={error ? 'choices field--error' : 'choices'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {codes.map((code) => (
        <label key={code} className="choice">
          <input type="checkbox" checked={selected.has(code)} onChange={() => toggle(code)} />
          {words(code)}
        </label>
      ))}
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A labelled select of codes shown as words, with an empty first choice. */
export function CodeField<T extends string>({
  label,
  error,
  codes,
  words,
  value,
  onChange,
}: {
  label: string;
  error?: string;
  codes: readonly T[];
  words: (code: T) => string;
  value: T | undefined | null;
  onChange: (value: T | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select
          {...props}
          value={value ?? ''}
          onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}
        >
          <option value="">{t('applications.form.choose')}</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {words(code)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A whole number typed, or nothing. */
export const wholeOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
