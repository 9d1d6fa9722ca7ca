import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { DealCard } from './DealCard';
import { NotApproved } from './NotApproved';
import { dealFlowQuery, notApproved } from './queries';

/** The projects whose holders accepted the investor: whom to contact, and a way to their documents. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const introduced = useInfiniteQuery(dealFlowQuery('introduced'));
  return (
    <Page title={t('investor.introductions.title')}>
      <p className="lead">{t('investor.introductions.lead')}</p>
      {notApproved(introduced.error) ? (
        <NotApproved />
      ) : (
        <Loaded query={introduced}>
          {(data) => {
            const items = data.pages.flatMap((page) => page.items);
            return items.length ? (
              <>
                <ol className="cards">
                  {items.map((item) => (
                    <DealCard key={item.matchId} item={item} />
                  ))}
                </ol>
                {introduced.hasNextPage && (
                  <button
                    type="button"
                    onClick={() => void introduced.fetchNextPage()}
                    disabled={introduced.isFetchingNextPage}
                  >
                    {t('investor.dealFlow.more')}
                  </button>
                )}
              </>
            ) : (
              <p>{t('investor.introductions.none')}</p>
            );
          }}
        </Loaded>
      )}
    </Page>
  );
}
