import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';

import { useSession } from '../session/session';
import { Page } from '../ui/Page';
import type { Role } from './pages';

/** A page for signed-in accounts of some roles: others are sent to log in, or told it is not for them. */
export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { status, account } = useSession();
  const location = useLocation();
  if (status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (!account)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !roles.includes(account.role)) {
    return (
      <Page title={t('auth.notAllowed')}>
        <p>{t('auth.notAllowed')}</p>
      </Page>
    );
  }
  return <>{children}</>;
}
