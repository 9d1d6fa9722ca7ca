import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { AddWebhook } from './AddWebhook';
import { WebhookCard } from './WebhookCard';

/** The investor's webhook endpoints: added with the events they want, their secrets changed, removed. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const webhooks = useQuery({ queryKey: ['webhooks', 'list'], queryFn: () => unwrap(api.GET('/v1/webhooks')) });
  return (
    <Page title={t('investor.webhooks.title')}>
      <p className="lead">{t('investor.webhooks.lead')}</p>
      <section aria-labelledby="webhooks">
        <h2 id="webhooks">{t('investor.webhooks.list')}</h2>
        <Loaded query={webhooks}>
          {({ items }) =>
            items.length ? (
              <ul className="cards">
                {items.map((webhook) => (
                  <WebhookCard key={webhook.id} webhook={webhook} />
                ))}
              </ul>
            ) : (
              <p>{t('investor.webhooks.none')}</p>
            )
          }
        </Loaded>
      </section>
      <AddWebhook />
    </Page>
  );
}
