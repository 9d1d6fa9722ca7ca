import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useSession } from '../session/session';
import { Page } from '../ui/Page';

export function HomePage() {
  const { t } = useTranslation();
  const { account } = useSession();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.lead')}</p>
      <div className="actions">
        <Link className="button primary" to="/programmes">
          {t('home.browse')}
        </Link>
        {!account && (
          <Link className="button" to="/register">
            {t('home.start')}
          </Link>
        )}
      </div>
    </Page>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFound')}>
      <Link to="/">{t('app.backHome')}</Link>
    </Page>
  );
}
