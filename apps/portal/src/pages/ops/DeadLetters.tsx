import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { count, moment } from '../../i18n/format';
import { CodeField } from '../../ui/CodeField';
import { Loaded } from '../../ui/Loaded';
import { DEAD_LETTER_STATES, type DeadLetterState, reasonInWords } from './dead-letters';
import { STATUS_REFRESH_MS } from './queries';
import { ReplayButton } from './ReplayButton';

export const deadLetterPath = (id: string) => `/operator/dead-letters/${encodeURIComponent(id)}`;

function Row({ deadLetter }: { deadLetter: Schemas['DeadLetterView'] }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        <Link to={deadLetterPath(deadLetter.id)} aria-label={t('ops.deadLetters.open', { id: deadLetter.id })}>
          {deadLetter.type ?? t(`ops.deadLetters.kindName.${deadLetter.kind}`)}
        </Link>
        <div className="meta">{deadLetter.topic}</div>
      </th>
      <td>{deadLetter.consumer}</td>
      <td>{reasonInWords(t, deadLetter.reason)}</td>
      <td>
        <span className={`tag tag--letter-${deadLetter.state}`}>
          {t(`ops.deadLetters.stateName.${deadLetter.state}`)}
        </span>
      </td>
      <td>{moment(deadLetter.lastFailedAt)}</td>
      <td>
        <ReplayButton deadLetter={deadLetter} />
      </td>
    </tr>
  );
}

/** The dead letters, newest first, by state, each with its replay when it can have one. */
export function DeadLetters({ counts }: { counts: Schemas['DeadLetterCountsView'] }) {
  const { t } = useTranslation();
  const [state, setState] = useState<DeadLetterState>();
  const deadLetters = useInfiniteQuery({
    queryKey: ['ops', 'dead-letters', 'list', state],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/ops/dead-letters', { params: { query: { state, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: STATUS_REFRESH_MS,
  });
  return (
    <section aria-labelledby="ops-dead-letters">
      <h2 id="ops-dead-letters">{t('ops.deadLetters.title')}</h2>
      <p>
        {t('ops.deadLetters.counts', {
          open: count(counts.open),
          replaying: count(counts.replaying),
          replayFailed: count(counts.replayFailed),
        })}
      </p>
      <CodeField
        label={t('ops.deadLetters.state')}
        emptyLabel={t('ops.deadLetters.anyState')}
        codes={DEAD_LETTER_STATES}
        words={(code) => t(`ops.deadLetters.stateName.${code}`)}
        value={state}
        onChange={setState}
      />
      <Loaded query={deadLetters}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (!items.length) return <p>{t('ops.deadLetters.none')}</p>;
          return (
            <>
              <table className="figures">
                <caption>{t('ops.deadLetters.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ops.deadLetters.message')}</th>
                    <th scope="col">{t('ops.deadLetters.consumer')}</th>
                    <th scope="col">{t('ops.deadLetters.reason')}</th>
                    <th scope="col">{t('ops.deadLetters.state')}</th>
                    <th scope="col">{t('ops.deadLetters.lastFailed')}</th>
                    <th scope="col">{t('ops.deadLetters.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((deadLetter) => (
                    <Row key={deadLetter.id} deadLetter={deadLetter} />
                  ))}
                </tbody>
              </table>
              {deadLetters.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void deadLetters.fetchNextPage()}
                  disabled={deadLetters.isFetchingNextPage}
                >
                  {t('ops.deadLetters.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
