import { MATCH_STATUSES } from '@pollen/contracts/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { CodeField } from '../../ui/CodeField';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { DealCard } from './DealCard';
import { NotApproved } from './NotApproved';
import { dealFlowQuery, notApproved } from './queries';

/** The projects matched to the investor's thesis, best score first; the status filter kept in the address. */
export function DealFlowPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status = MATCH_STATUSES.find((code) => code === asked);
  const deals = useInfiniteQuery(dealFlowQuery(status));
  return (
    <Page title={t('investor.dealFlow.title')}>
      <p className="lead">{t('investor.dealFlow.lead')}</p>
      {notApproved(deals.error) ? (
        <NotApproved />
      ) : (
        <>
          <form className="filters" aria-label={t('investor.dealFlow.filters')} onSubmit={(e) => e.preventDefault()}>
            <CodeField
              label={t('investor.dealFlow.status')}
              codes={MATCH_STATUSES}
              words={(code) => t(`codes.matchStatus.${code}`)}
              emptyLabel={t('investor.dealFlow.all')}
              value={status}
              onChange={(value) => setParams(value ? { status: value } : {}, { replace: true })}
            />
          </form>
          <Loaded query={deals}>
            {(data) => {
              const items = data.pages.flatMap((page) => page.items);
              if (!items.length) {
                return <p>{status ? t('investor.dealFlow.noneWithStatus') : t('investor.dealFlow.none')}</p>;
              }
              return (
                <>
                  <ol className="cards">
                    {items.map((item) => (
                      <DealCard key={item.matchId} item={item} />
                    ))}
                  </ol>
                  {deals.hasNextPage && (
                    <button
                      type="button"
                      onClick={() => void deals.fetchNextPage()}
                      disabled={deals.isFetchingNextPage}
                    >
                      {t('investor.dealFlow.more')}
                    </button>
                  )}
                </>
              );
            }}
          </Loaded>
        </>
      )}
    </Page>
  );
}
