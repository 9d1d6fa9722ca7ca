import { IMPACT_AREAS, INSTRUMENTS, REGIONS } from '@pollen/contracts/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { paths } from '../../api/schema';
import { day, money } from '../../i18n/format';
import { CodeField } from '../../ui/CodeField';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { rulesInWords } from './rules';

type Filters = Pick<
  NonNullable<paths['/v1/programmes']['get']['parameters']['query']>,
  'status' | 'kind' | 'region' | 'impactArea'
>;

export function ProgrammeSummary({ programme }: { programme: Schemas['ProgrammeView'] }) {
  const { t } = useTranslation();
  return (
    <article className="card">
      <h2>
        <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
      </h2>
      <p className="meta">
        <span className={`tag tag--${programme.status}`}>{t(`codes.programmeStatus.${programme.status}`)}</span>{' '}
        {t('programmes.runBy', { name: programme.operatorName })} ·{' '}
        {t('programmes.window', { opens: day(programme.opensAt), closes: day(programme.closesAt) })} ·{' '}
        {t('programmes.budget', { amount: money(programme.budgetCents) })}
      </p>
      <ul className="rules">
        {rulesInWords(t, programme).map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </article>
  );
}

/** Open calls by default; filters are kept in the address, so a filtered list can be shared. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    (['status', 'kind', 'region', 'impactArea'] as const).flatMap((name) =>
      params.get(name) ? [[name, params.get(name)]] : [],
    ),
  ) as Filters;
  const programmes = useInfiniteQuery({
    queryKey: ['programmes', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/programmes', { params: { query: { ...filters, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const filter = <T extends string>(
    name: keyof Filters,
    label: string,
    codes: readonly T[],
    words: (code: T) => string,
  ) => (
    <CodeField
      label={label}
      codes={codes}
      words={words}
      value={params.get(name) as T | null}
      emptyLabel={name === 'status' ? t('codes.programmeStatus.open') : t('programmes.any')}
      onChange={(value) => {
        const next = new URLSearchParams(params);
        if (value) next.set(name, value);
        else next.delete(name);
        setParams(next, { replace: true });
      }}
    />
  );
  return (
    <Page title={t('programmes.title')}>
      <form className="filters" aria-label={t('programmes.filters')} onSubmit={(e) => e.preventDefault()}>
        {filter('status', t('programmes.status'), ['upcoming', 'closed', 'all'] as const, (code) =>
          code === 'all' ? t('programmes.statusAll') : t(`codes.programmeStatus.${code}`),
        )}
        {filter('kind', t('programmes.kind'), INSTRUMENTS, (code) => t(`codes.instrument.${code}`))}
        {filter('region', t('programmes.region'), REGIONS, (code) => t(`codes.region.${code}`))}
        {filter('impactArea', t('programmes.impactArea'), IMPACT_AREAS, (code) => t(`codes.impactArea.${code}`))}
      </form>
      <Loaded query={programmes}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          return items.length ? (
            <>
              {items.map((programme) => (
                <ProgrammeSummary key={programme.id} programme={programme} />
              ))}
              {programmes.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void programmes.fetchNextPage()}
                  disabled={programmes.isFetchingNextPage}
                >
                  {t('programmes.more')}
                </button>
              )}
            </>
          ) : (
            <p>{t('programmes.none')}</p>
          );
        }}
      </Loaded>
    </Page>
  );
}
