import { useTranslation } from 'react-i18next';

import { Field } from './Field';

/** A labelled select of codes shown as words, with an empty first choice. */
export function CodeField<T extends string>({
  label,
  error,
  codes,
  words,
  value,
  onChange,
  emptyLabel,
}: {
  label: string;
  /** What the empty first choice says: « Choisir… » unless told. */
  emptyLabel?: string;
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
          <option value="">{emptyLabel ?? t('applications.form.choose')}</option>
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
