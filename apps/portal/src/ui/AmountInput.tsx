import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { centsOf, eurosOf } from './amount';
import { Field } from './Field';

/**
 * A field of euros kept as typed (« 12 500,5 » on its way to « 12 500,50 »), whose draft value is
 * cents once it reads as an amount; until then the field says what it expects.
 */
export function AmountInput({
  label,
  hint,
  cents,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  cents: number | undefined | null;
  onChange: (cents: number | undefined) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => eurosOf(cents, i18n.language));
  const [shown, setShown] = useState(cents);
  // A draft reloaded from the API brings its own amount (state adjusted while rendering, as React advises).
  if (shown !== cents) {
    setShown(cents);
    if (centsOf(text) !== (cents ?? undefined)) setText(eurosOf(cents, i18n.language));
  }
  const read = centsOf(text);
  return (
    <Field label={label} hint={hint} error={read === null ? t('applications.form.amountInvalid') : error}>
      {(props) => (
        <input
          {...props}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const next = centsOf(event.target.value);
            if (next !== null) onChange(next);
          }}
        />
      )}
    </Field>
  );
}
