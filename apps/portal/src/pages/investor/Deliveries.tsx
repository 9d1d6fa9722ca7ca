import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { moment } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';

/** An endpoint's latest calls, the newest first, and how each went. */
export function Deliveries({ webhook }: { webhook: Schemas['WebhookView'] }) {
  const { t } = useTranslation();
  const deliveries = useQuery({
    queryKey: ['webhooks', webhook.id, 'deliveries'],
    queryFn: () =>
      unwrap(api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhook.id }, query: { limit: 20 } } })),
  });
  return (
    <Loaded query={deliveries}>
      {({ items }) =>
        items.length ? (
          <table className="deliveries">
            <caption>{t('investor.webhooks.deliveriesCaption', { url: webhook.url })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('investor.webhooks.deliveryEvent')}</th>
                <th scope="col">{t('investor.webhooks.deliveryStatus')}</th>
                <th scope="col">{t('investor.webhooks.deliveryAttempts')}</th>
                <th scope="col">{t('investor.webhooks.deliveryLast')}</th>
                <th scope="col">{t('investor.webhooks.deliveryError')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">{t(`investor.webhooks.event.${delivery.type}`)}</th>
                  <td>
                    {t(`investor.webhooks.deliveryStatuses.${delivery.status}`)}
                    {delivery.nextAttemptAt && (
                      <>
                        <br />
                        {t('investor.webhooks.nextAttempt', { date: moment(delivery.nextAttemptAt) })}
                      </>
                    )}
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.lastAttemptAt ? moment(delivery.lastAttemptAt) : '—'}</td>
                  <td>{delivery.lastError ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('investor.webhooks.noDeliveries')}</p>
        )
      }
    </Loaded>
  );
}
