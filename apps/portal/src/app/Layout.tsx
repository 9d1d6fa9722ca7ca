import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';

import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { type Language, LANGUAGES } from '../i18n';
import { useSession } from '../session/session';
import { ProblemAlert } from '../ui/ProblemAlert';
import { isFor, type PortalPage } from './pages';

export const UNREAD_QUERY = ['notifications', 'unread'] as const;
const UNREAD_REFRESH_MS = 30_000;

function UnreadLink() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: UNREAD_QUERY,
    queryFn: () => unwrap(api.GET('/v1/me/notifications', { params: { query: { limit: 1 } } })),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_REFRESH_MS,
  });
  const count = unread.data ?? 0;
  return (
    <NavLink to="/inbox">
      {count ? t('app.nav.inboxUnread', { count }) : t('app.nav.inbox')}
      {count > 0 && (
        <span className="badge" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const [error, setError] = useState<unknown>();
  const choose = (language: Language) => {
    setError(undefined);
    setLanguage(language).catch(setError);
  };
  return (
    <div className="language" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => choose(language)}
        >
          {t(`app.languages.${language}`)}
        </button>
      ))}
      <ProblemAlert error={error} />
    </div>
  );
}

const inMenu = ({ path, nav }: PortalPage) => (nav ? [{ path, nav }] : []);

/** Every page's frame: the skip link, the menu of the visitor's role, the language switch. */
export function Layout({ pages }: { pages: readonly PortalPage[] }) {
  const { t, i18n } = useTranslation();
  // Screen readers pronounce the page in its language.
  useEffect(() => document.documentElement.setAttribute('lang', i18n.language), [i18n.language]);
  const { status, account, retry, logOut } = useSession();
  const navigate = useNavigate();
  const menu = status === 'loading' ? [] : pages.filter((page) => isFor(page, account?.role)).flatMap(inMenu);
  return (
    <>
      <a className="skip" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.nav.label')}>
          {menu.map((page) => (
            <NavLink key={page.path} to={page.path}>
              {t(page.nav)}
            </NavLink>
          ))}
          {status === 'signed-in' && <UnreadLink />}
          {status === 'signed-in' && <NavLink to="/preferences">{t('app.nav.preferences')}</NavLink>}
          {status === 'anonymous' && <NavLink to="/login">{t('app.nav.login')}</NavLink>}
          {status === 'anonymous' && <NavLink to="/register">{t('app.nav.register')}</NavLink>}
        </nav>
        <LanguageSwitch />
        {account && (
          <div className="account">
            <span>{t('app.signedInAs', { name: account.displayName })}</span>
            <button
              type="button"
              onClick={() => {
                // Away from the page first: a page for signed-in accounts would send to the log-in with itself as `next`.
                void navigate('/login?out=1');
                void logOut();
              }}
            >
              {t('app.nav.logout')}
            </button>
          </div>
        )}
      </header>
      <div className="retrying" role="status" aria-live="polite">
        {retry && t('app.retrying', { seconds: Math.ceil(retry.retryInMs / 1000), attempt: retry.attempt + 1 })}
      </div>
      <main id="content">
        <Outlet />
      </main>
      <footer className="bottom">{t('app.tagline')}</footer>
    </>
  );
}
