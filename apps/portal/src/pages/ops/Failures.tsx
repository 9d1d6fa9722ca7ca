import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { count, moment } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { STATUS_REFRESH_MS } from './queries';

/** The last day's failures by channel, as the status counts them. */
function ByChannel({ summary }: { summary: Schemas['NotificationFailuresView'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('ops.status.notificationsSince', {
          date: moment(summary.since),
          failed: count(summary.failedAttempts),
          dead: count(summary.givenUp),
        })}
      </p>
      {summary.byChannel.length > 0 && (
        <table className="figures">
          <caption>{t('ops.status.notifications')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ops.status.channel')}</th>
              <th scope="col">{t('ops.status.failedAttempts')}</th>
              <th scope="col">{t('ops.status.givenUp')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byChannel.map((channel) => (
              <tr key={channel.channel}>
                <th scope="row">{t(`codes.channel.${channel.channel}`)}</th>
                <td className="number">{count(channel.failedAttempts)}</td>
                <td className="number">{count(channel.givenUp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Notifications not delivered: still retried, or given up; never their addresses or texts. */
export function Failures({ summary }: { summary: Schemas['NotificationFailuresView'] }) {
  const { t } = useTranslation();
  const failures = useInfiniteQuery({
    queryKey: ['ops', 'notification-failures'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/ops/notifications/failures', { params: { query: { cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: STATUS_REFRESH_MS,
  });
  return (
    <section aria-labelledby="ops-failures">
      <h2 id="ops-failures">{t('ops.status.notifications')}</h2>
      <ByChannel summary={summary} />
      <h3>{t('ops.failures.title')}</h3>
      <Loaded query={failures}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (!items.length) return <p>{t('ops.failures.none')}</p>;
          return (
            <>
              <table className="figures">
                <caption>{t('ops.failures.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ops.failures.kind')}</th>
                    <th scope="col">{t('ops.failures.channel')}</th>
                    <th scope="col">{t('ops.failures.status')}</th>
                    <th scope="col">{t('ops.failures.attempts')}</th>
                    <th scope="col">{t('ops.failures.lastError')}</th>
                    <th scope="col">{t('ops.failures.lastAttempt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((failure) => (
                    <tr key={`${failure.notificationId} ${failure.channel} ${failure.endpointId ?? ''}`}>
                      <th scope="row">{t(`ops.failures.kindName.${failure.kind}`)}</th>
                      <td>{t(`codes.channel.${failure.channel}`)}</td>
                      <td>
                        {failure.nextAttemptAt
                          ? t('ops.failures.retryAt', { date: moment(failure.nextAttemptAt) })
                          : t('ops.failures.dead')}
                      </td>
                      <td className="number">{count(failure.attempts)}</td>
                      <td>{failure.lastError}</td>
                      <td>{moment(failure.lastAttemptAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {failures.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void failures.fetchNextPage()}
                  disabled={failures.isFetchingNextPage}
                >
                  {t('ops.failures.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
