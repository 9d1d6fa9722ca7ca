import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSession } from '../../session/session';
import { Checkbox } from '../../ui/Checkbox';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';

/**
 * A simple electronic signature: who signs and in what capacity, their consent, their password
 * again, and the hash of the French PDF they were shown, so what is signed is what was read.
 */
export function SignForm({ document, onDone }: { document: Schemas['DocumentView']; onDone: () => void }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const queries = useQueryClient();
  const [signature, setSignature] = useState({
    fullName: account?.displayName ?? '',
    capacity: '',
    consent: false,
    password: '',
  });
  const pdf = document.files.find((file) => file.format === 'pdf');
  const form = useForm(async () => {
    await unwrap(
      api.POST('/v1/documents/{id}/sign', {
        params: { path: { id: document.id } },
        body: { ...signature, consent: signature.consent as true, sha256: pdf?.sha256 ?? '' },
      }),
    );
    await queries.invalidateQueries({ queryKey: ['applications'] });
    onDone();
  });
  const text = (name: 'fullName' | 'capacity' | 'password', label: string, type = 'text', autoComplete = 'off') => (
    <TextField
      label={label}
      error={form.fields[name]}
      type={type}
      autoComplete={autoComplete}
      required
      value={signature[name]}
      onChange={(value) => setSignature({ ...signature, [name]: value })}
    />
  );
  return (
    <form
      onSubmit={form.onSubmit}
      className="inline-form"
      noValidate
      aria-label={t('applications.documents.signTitle', { title: document.title })}
    >
      {text('fullName', t('applications.documents.fullName'), 'text', 'name')}
      {text('capacity', t('applications.documents.capacity'))}
      <Checkbox
        label={t('applications.documents.consent')}
        checked={signature.consent}
        onChange={(consent) => setSignature({ ...signature, consent })}
        error={form.fields['consent']}
      />
      {text('password', t('applications.documents.password'), 'password', 'current-password')}
      <ProblemAlert error={form.error} />
      <div className="actions">
        <button type="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="primary" disabled={form.sending}>
          {t('applications.documents.confirmSign')}
        </button>
      </div>
    </form>
  );
}
