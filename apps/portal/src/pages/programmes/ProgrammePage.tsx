import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { day, money } from '../../i18n/format';
import { useSession } from '../../session/session';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { rulesInWords } from './rules';

export const programmeQuery = (id: string) => ({
  queryKey: ['programme', id],
  queryFn: () => unwrap(api.GET('/v1/programmes/{id}', { params: { path: { id } } })),
});

export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  const programme = useQuery(programmeQuery(id));
  return (
    <Loaded query={programme}>
      {(programme) => (
        <Page title={programme.title}>
          <p className="meta">
            <span className={`tag tag--${programme.status}`}>{t(`codes.programmeStatus.${programme.status}`)}</span>{' '}
            {t('programmes.runBy', { name: programme.operatorName })}
          </p>
          <p>{programme.description}</p>
          <p>
            {t('programmes.window', { opens: day(programme.opensAt), closes: day(programme.closesAt) })} ·{' '}
            {t('programmes.budget', { amount: money(programme.budgetCents) })}
          </p>
          <h2>{t('programmes.rules')}</h2>
          <ul className="rules">
            {rulesInWords(t, programme).map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
          {programme.status === 'open' &&
            (account?.role === 'applicant' ? (
              <Link className="button primary" to={`/programmes/${programme.id}/apply`}>
                {t('programmes.apply')}
              </Link>
            ) : (
              !account && (
                <Link className="button" to={`/login?next=${encodeURIComponent(`/programmes/${programme.id}/apply`)}`}>
                  {t('programmes.loginToApply')}
                </Link>
              )
            ))}
        </Page>
      )}
    </Loaded>
  );
}
