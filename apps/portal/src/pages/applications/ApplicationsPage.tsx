import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';

/** The applicant's applications, newest first. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const applications = useQuery({
    queryKey: ['applications'],
    queryFn: () => unwrap(api.GET('/v1/applications', { params: { query: { limit: 50 } } })),
  });
  return (
    <Page title={t('applications.title')}>
      <Loaded query={applications}>
        {({ items }) =>
          items.length ? (
            <ul className="cards">
              {items.map((application) => (
                <li key={application.id} className="card">
                  <h2>
                    <Link
                      to={
                        application.status === 'draft'
                          ? `/applications/${application.id}/edit`
                          : `/applications/${application.id}`
                      }
                    >
                      {application.project.title || application.organisation.name}
                    </Link>
                  </h2>
                  <p className="meta">
                    <span className={`tag tag--${application.status}`}>
                      {t(`codes.applicationStatus.${application.status}`)}
                    </span>{' '}
                    {t('applications.updated', { date: day(application.updatedAt) })}
                    {application.status === 'draft' && (
                      <>
                        {' · '}
                        <Link to={`/applications/${application.id}`}>{t('applications.open')}</Link>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t('applications.none')} <Link to="/programmes">{t('applications.browse')}</Link>
            </p>
          )
        }
      </Loaded>
    </Page>
  );
}
