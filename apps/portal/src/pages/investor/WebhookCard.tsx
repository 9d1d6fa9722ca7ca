import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day, list, moment } from '../../i18n/format';
import { Confirm } from '../../ui/Confirm';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Deliveries } from './Deliveries';
import { Secret } from './Secret';

/** One endpoint: what it receives and how its calls go; its secret changed or the endpoint removed, each once confirmed. */
export function WebhookCard({ webhook }: { webhook: Schemas['WebhookView'] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [showing, setShowing] = useState(false);
  const [asking, setAsking] = useState<'rotate' | 'remove'>();
  const path = { params: { path: { id: webhook.id } } };
  const rotate = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/webhooks/{id}/rotate-secret', path)),
    onSuccess: () => {
      setAsking(undefined);
      return queries.invalidateQueries({ queryKey: ['webhooks', 'list'] });
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/v1/webhooks/{id}', path)),
    onSuccess: () => {
      setAsking(undefined);
      return queries.invalidateQueries({ queryKey: ['webhooks', 'list'] });
    },
  });
  const ask = (action: 'rotate' | 'remove') => {
    // A past failure is not this action's (a new secret on show stays).
    if (rotate.isError) rotate.reset();
    if (remove.isError) remove.reset();
    setAsking(action);
  };
  return (
    <li className="card">
      <article>
        <h3>{webhook.url}</h3>
        <p className="meta">
          <span className={`tag tag--${webhook.status}`}>{t(`investor.webhooks.status.${webhook.status}`)}</span>{' '}
          {t('investor.webhooks.createdAt', { date: day(webhook.createdAt) })}
        </p>
        <p>
          {t('investor.webhooks.events')} : {list(webhook.events.map((event) => t(`investor.webhooks.event.${event}`)))}
        </p>
        {webhook.disabledAt ? (
          <p className="error">{t('investor.webhooks.disabledAt', { date: moment(webhook.disabledAt) })}</p>
        ) : (
          webhook.failingSince && (
            <p className="error">{t('investor.webhooks.failingSince', { date: moment(webhook.failingSince) })}</p>
          )
        )}
        {webhook.previousSecretExpiresAt && (
          <p>{t('investor.webhooks.previousSecret', { date: moment(webhook.previousSecretExpiresAt) })}</p>
        )}
        {rotate.data && <Secret url={webhook.url} secret={rotate.data.secret} onDone={() => rotate.reset()} />}
        <div className="actions">
          <button type="button" aria-expanded={showing} onClick={() => setShowing(!showing)}>
            {showing ? t('investor.webhooks.hideDeliveries') : t('investor.webhooks.showDeliveries')}
          </button>
          <button type="button" aria-expanded={asking === 'rotate'} onClick={() => ask('rotate')}>
            {t('investor.webhooks.rotate')}
          </button>
          <button type="button" aria-expanded={asking === 'remove'} onClick={() => ask('remove')}>
            {t('investor.webhooks.remove')}
          </button>
        </div>
        {asking && (
          <Confirm
            key={asking}
            question={t(asking === 'rotate' ? 'investor.webhooks.rotateConfirm' : 'investor.webhooks.removeConfirm')}
            confirm={t(asking === 'rotate' ? 'investor.webhooks.confirmRotate' : 'investor.webhooks.confirmRemove')}
            onConfirm={() => (asking === 'rotate' ? rotate.mutate() : remove.mutate())}
            onCancel={() => setAsking(undefined)}
            pending={rotate.isPending || remove.isPending}
          />
        )}
        <ProblemAlert error={rotate.error ?? remove.error} />
        {showing && <Deliveries webhook={webhook} />}
      </article>
    </li>
  );
}
