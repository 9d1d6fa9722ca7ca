import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Choices } from '../../ui/Choices';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';
import { Secret } from './Secret';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhooks';

/** A new endpoint: its address and the events it wants; then its secret, shown this once. */
export function AddWebhook() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([...WEBHOOK_EVENTS]);
  const [created, setCreated] = useState<Schemas['WebhookWithSecretView']>();
  const form = useForm(async () => {
    const webhook = await unwrap(api.POST('/v1/webhooks', { body: { url: url.trim(), events } }));
    setCreated(webhook);
    setUrl('');
    await queries.invalidateQueries({ queryKey: ['webhooks'] });
  });
  return (
    <section aria-labelledby="add-webhook">
      <h2 id="add-webhook">{t('investor.webhooks.add')}</h2>
      {created && <Secret url={created.url} secret={created.secret} onDone={() => setCreated(undefined)} />}
      <form onSubmit={form.onSubmit} className="narrow" noValidate>
        <TextField
          label={t('investor.webhooks.url')}
          hint={t('investor.webhooks.urlHint')}
          error={form.fields['url']}
          type="url"
          required
          value={url}
          onChange={setUrl}
        />
        <Choices
          legend={t('investor.webhooks.events')}
          codes={WEBHOOK_EVENTS}
          words={(code) => t(`investor.webhooks.event.${code}`)}
          chosen={events}
          onChange={setEvents}
          error={form.fields['events']}
        />
        <ProblemAlert error={form.error} />
        <button type="submit" className="primary" disabled={form.sending}>
          {t('investor.webhooks.create')}
        </button>
      </form>
    </section>
  );
}
