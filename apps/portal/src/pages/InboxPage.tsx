import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { moment } from '../i18n/format';
import { Loaded } from '../ui/Loaded';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';

/** The in-app notifications, newest first, in the account's language. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInfiniteQuery({
    queryKey: ['notifications', 'list', unreadOnly, i18n.language],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/me/notifications', {
          params: { query: { cursor: pageParam, limit: 20, ...(unreadOnly ? { unread: 'true' as const } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const markAllRead = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/me/notifications/read-all')),
    onSuccess: refresh,
  });
  return (
    <Page title={t('inbox.title')}>
      <div className="actions">
        <label className="choice">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          {t('inbox.unreadOnly')}
        </label>
        <button type="button" onClick={() => markAllRead.mutate()} disabled={markAllRead.isPending}>
          {t('inbox.markAllRead')}
        </button>
      </div>
      <ProblemAlert error={markAllRead.error ?? markRead.error} />
      <Loaded query={inbox}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (!items.length) return <p>{t('inbox.none')}</p>;
          return (
            <>
              <ul className="cards">
                {items.map((notification) => (
                  <li key={notification.id} className={`card notification notification--${notification.status}`}>
                    <h2>
                      {notification.status === 'unread' && <span className="tag tag--unread">{t('inbox.unread')}</span>}{' '}
                      {notification.title}
                    </h2>
                    <p className="meta">
                      {t(`codes.notificationCategory.${notification.category}`)} ·{' '}
                      <time dateTime={notification.createdAt}>{moment(notification.createdAt)}</time>
                    </p>
                    <p>{notification.body}</p>
                    {notification.status === 'unread' && (
                      <button
                        type="button"
                        onClick={() => markRead.mutate(notification.id)}
                        disabled={markRead.isPending}
                      >
                        {t('inbox.markRead')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              {inbox.hasNextPage && (
                <button type="button" onClick={() => void inbox.fetchNextPage()}>
                  {t('inbox.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
