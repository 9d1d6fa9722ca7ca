import { type FormEvent, useState } from 'react';

import { ApiError } from '../api/problem';

/**
 * A form's sending state: the action's problem (shown next to the button) and each field's
 * message from the problem's `errors`, by dotted path.
 */
export function useForm(action: () => Promise<void>) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const fields = error instanceof ApiError ? error.fieldMessages() : {};
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
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
  return { sending, error, fields, onSubmit: (event: FormEvent) => void onSubmit(event) };
}
