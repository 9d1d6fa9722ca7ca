import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/problem';
import { fieldErrorInWords } from './field-words';

/**
 * A form's sending state: the action's problem (shown next to the button) and each field's
 * message from the problem's `errors`, by dotted path.
 */
export function useForm(action: () => Promise<void>) {
  const [sending, setSending] = useState(false);
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const fields = error instanceof ApiError ? error.fieldMessages(fieldErrorInWords(t)) : {};
  const run = async () => {
    setSending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  /** `run` sends from outside a submit: a confirmation's button. */
  return { sending, error, fields, onSubmit, run: () => void run() };
}
