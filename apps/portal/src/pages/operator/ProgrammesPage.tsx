import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { Schemas } from '../../api/client';
import { day, money } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { operatorProgrammesQuery } from './queries';

function Row({ programme }: { programme: Schemas['ProgrammeView'] }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        <Link to={`/operator/programmes/${programme.id}`}>{programme.title}</Link>
      </th>
      <td>
        <span className={`tag tag--${programme.status}`}>{t(`codes.programmeStatus.${programme.status}`)}</span>
      </td>
      <td>{t('operator.programmes.from', { opens: day(programme.opensAt), closes: day(programme.closesAt) })}</td>
      <td className="number">{money(programme.budgetCents)}</td>
      <td className="number">{programme.remainingCents === undefined ? '—' : money(programme.remainingCents)}</td>
    </tr>
  );
}

/** The operator's programmes, open, upcoming and closed, with their budget and what is left of it. */
export function OperatorProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useInfiniteQuery(operatorProgrammesQuery);
  return (
    <Page title={t('operator.programmes.title')}>
      <div className="actions">
        <Link className="button primary" to="/operator/programmes/new">
          {t('operator.programmes.new')}
        </Link>
      </div>
      <Loaded query={programmes}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (!items.length) return <p>{t('operator.programmes.none')}</p>;
          return (
            <>
              <table className="figures">
                <caption>{t('operator.programmes.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operator.programmes.programme')}</th>
                    <th scope="col">{t('operator.programmes.status')}</th>
                    <th scope="col">{t('operator.programmes.window')}</th>
                    <th scope="col">{t('operator.programmes.budget')}</th>
                    <th scope="col">{t('operator.programmes.remaining')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((programme) => (
                    <Row key={programme.id} programme={programme} />
                  ))}
                </tbody>
              </table>
              {programmes.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void programmes.fetchNextPage()}
                  disabled={programmes.isFetchingNextPage}
                >
                  {t('operator.programmes.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
