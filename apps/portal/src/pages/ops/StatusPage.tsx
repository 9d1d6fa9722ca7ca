import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { time } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { DeadLetters } from './DeadLetters';
import { Failures } from './Failures';
import { Lag } from './Lag';
import { STATUS_REFRESH_MS } from './queries';
import { Services, ServicesSummary } from './Services';

/** What an operator watches (docs/operations.md, Status): services, lag, dead letters, failed deliveries. */
export function StatusPage() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['ops', 'status'],
    queryFn: () => unwrap(api.GET('/v1/ops/status')),
    refetchInterval: STATUS_REFRESH_MS,
  });
  return (
    <Page title={t('ops.status.title')}>
      <Loaded query={status}>
        {(status) => (
          <>
            <p className="meta">{t('ops.status.at', { time: time(status.at), seconds: STATUS_REFRESH_MS / 1000 })}</p>
            <ServicesSummary services={status.services} />
            <section aria-labelledby="ops-services">
              <h2 id="ops-services">{t('ops.status.services')}</h2>
              <Services services={status.services} />
            </section>
            <Lag lag={status.lag} />
            <DeadLetters counts={status.deadLetters} />
            <Failures summary={status.notifications} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
