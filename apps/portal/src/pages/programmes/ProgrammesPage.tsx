import { IMPACT_AREAS, INSTRUMENTS, REGIONS } from '@pollen/contracts/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { paths } from '../../api/schema';
import { day, money } from '../../i18n/format';
import { Field } from '../../ui/Field';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { rulesInWords } from './rules';

type Filters = Pick<
  NonNullable<paths['/v1/programmes']['get']['parameters']['query']>,
  'status' | 'kind' | 'region' | 'impactArea'
>;
const STATUSES = ['open', 'upcoming', 'closed', 'all'] as const;

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
  const filter = (name: keyof Filters) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const select = (name: keyof Filters, label: string, codes: readonly string[], words: (code: string) => string) => (
    <Field label={label}>
      {(props) => (
        <select {...props} value={params.get(name) ?? ''} onChange={(e) => filter(name)(e.target.value)}>
          <option value="">{name === 'status' ? t('codes.programmeStatus.open') : t('programmes.any')}</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {words(code)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <Page title={t('programmes.title')}>
      <form className="filters" aria-label={t('programmes.filters')} onSubmit={(e) => e.preventDefault()}>
        {select('status', t('programmes.status'), STATUSES.slice(1), (code) =>
          code === 'all' ? t('programmes.statusAll') : t(`codes.programmeStatus.${code as 'open'}`),
        )}
        {select('kind', t('programmes.kind'), INSTRUMENTS, (code) => t(`codes.instrument.${code as 'grant'}`))}
        {select('region', t('programmes.region'), REGIONS, (code) => t(`codes.region.${code as 'FR-IDF'}`))}
        {select('impactArea', t('programmes.impactArea'), IMPACT_AREAS, (code) =>
          t(`codes.impactArea.${code as 'health'}`),
        )}
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
