import { APPLICATION_STATUSES } from '@pollen/contracts/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

import { day, money } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { type ApplicationStatus, programmeApplicationsQuery } from './queries';

const isStatus = (value: string | null): value is ApplicationStatus =>
  APPLICATION_STATUSES.some((status) => status === value);

/** The programme's applications, filtered by status in the address (a filtered list can be shared). */
export function ProgrammeApplications({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const wanted = params.get('status');
  const status = isStatus(wanted) ? wanted : undefined;
  const applications = useInfiniteQuery(programmeApplicationsQuery(programmeId, status));
  const filter = (code: ApplicationStatus | undefined, words: string) => (
    <li key={code ?? 'all'}>
      <Link to={code ? `?status=${code}` : '?'} replace aria-current={code === status ? 'page' : undefined}>
        {words}
      </Link>
    </li>
  );
  return (
    <section aria-labelledby="applications">
      <h2 id="applications">{t('operator.programme.applications')}</h2>
      <nav aria-label={t('operator.programme.filter')}>
        <ul className="status-tabs">
          {filter(undefined, t('operator.programme.all'))}
          {APPLICATION_STATUSES.map((code) => filter(code, t(`codes.applicationStatus.${code}`)))}
        </ul>
      </nav>
      <Loaded query={applications}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (!items.length) return <p role="status">{t('operator.programme.noApplications')}</p>;
          return (
            <>
              <table className="figures">
                <caption>{t('operator.programme.applicationsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operator.programme.organisation')}</th>
                    <th scope="col">{t('operator.programme.project')}</th>
                    <th scope="col">{t('operator.programme.amount')}</th>
                    <th scope="col">{t('operator.programme.status')}</th>
                    <th scope="col">{t('operator.programme.submitted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((application) => (
                    <tr key={application.id}>
                      <th scope="row">
                        <Link to={`/operator/applications/${application.id}`}>
                          {application.organisation.name || application.id}
                        </Link>
                      </th>
                      <td>{application.project.title}</td>
                      <td className="number">
                        {application.request.amountCents !== undefined && money(application.request.amountCents)}
                      </td>
                      <td>
                        <span className={`tag tag--${application.status}`}>
                          {t(`codes.applicationStatus.${application.status}`)}
                        </span>
                      </td>
                      <td>
                        {application.submittedAt ? day(application.submittedAt) : t('operator.programme.notSubmitted')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {applications.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void applications.fetchNextPage()}
                  disabled={applications.isFetchingNextPage}
                >
                  {t('operator.programme.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
