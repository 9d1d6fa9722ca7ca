import { INVESTOR_STATUSES, type InvestorStatus } from '@pollen/contracts/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { statusOf } from './vetting';

export const investorName = (investor: Schemas['InvestorView'], unnamed: string) =>
  investor.profile?.organisation.name ?? unnamed;

function InvestorCard({ investor }: { investor: Schemas['InvestorView'] }) {
  const { t } = useTranslation();
  const { profile } = investor;
  return (
    <li className="card">
      <h2>
        <Link to={`/operator/investors/${investor.id}`}>{investorName(investor, t('ops.investor.unnamed'))}</Link>
      </h2>
      <p className="meta">
        <span className={`tag tag--${investor.status}`}>{t(`ops.investorStatus.${investor.status}`)}</span>{' '}
        {profile ? t(`codes.investorKind.${profile.kind}`) : t('ops.investors.noProfile')}
        {investor.createdAt && <> · {t('ops.investors.since', { date: day(investor.createdAt) })}</>}
      </p>
      {investor.statusReason && (
        <p>
          {t('ops.investor.reasonLabel')} {investor.statusReason}
        </p>
      )}
    </li>
  );
}

/** Links, not ARIA tabs: each status is its own address, to share or come back to. */
function StatusTabs({ current }: { current: InvestorStatus }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('ops.investors.byStatus')}>
      <ul className="status-tabs">
        {INVESTOR_STATUSES.map((status) => (
          <li key={status}>
            <Link to={`?status=${status}`} aria-current={status === current ? 'page' : undefined} replace>
              {t(`ops.investorStatus.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The vetting queue: those awaiting a decision first, oldest first, as the API lists them. */
export function InvestorsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const status = statusOf(params.get('status'));
  const investors = useInfiniteQuery({
    queryKey: ['ops', 'investors', 'list', status],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/ops/investors', { params: { query: { status, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Page title={t('ops.investors.title')}>
      <StatusTabs current={status} />
      <Loaded query={investors}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          return items.length ? (
            <>
              <ul className="cards">
                {items.map((investor) => (
                  <InvestorCard key={investor.id} investor={investor} />
                ))}
              </ul>
              {investors.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void investors.fetchNextPage()}
                  disabled={investors.isFetchingNextPage}
                >
                  {t('ops.investors.more')}
                </button>
              )}
            </>
          ) : (
            <p>{t('ops.investors.none')}</p>
          );
        }}
      </Loaded>
    </Page>
  );
}
