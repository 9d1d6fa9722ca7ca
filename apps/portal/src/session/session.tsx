import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { api, connectClient, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import type { RetryNotice } from '../api/retrying-fetch';
import i18n, { type Language } from '../i18n';

type Account = Schemas['AccountView'];

// The refresh token lives in an HttpOnly cookie the gateway sets when asked by this header
// (docs/api.md, "Browser sessions"); the access token only here, in memory, never in storage.
const COOKIE_SESSION = { header: { 'X-Pollen-Session': 'cookie' } } as const;
let accessToken: string | undefined;
let renewing: Promise<string | undefined> | undefined;

/**
 * One refresh at a time: the gateway ends a session whose refresh token is used twice. A refusal
 * (401) ends the session here too; an outage (a 503 after its retries, no answer) leaves it as it
 * was, to try again later.
 */
function renewSession(): Promise<string | undefined> {
  renewing ??= api
    .POST('/v1/auth/refresh', { params: COOKIE_SESSION })
    .then(({ data, response }) => {
      if (data) accessToken = data.accessToken;
      else if (response.status === 401) accessToken = undefined;
      return data?.accessToken;
    })
    .catch(() => undefined)
    .finally(() => (renewing = undefined));
  return renewing;
}

export interface Session {
  status: 'loading' | 'anonymous' | 'signed-in';
  account?: Account;
  retry?: RetryNotice;
  logIn(email: string, password: string): Promise<Account>;
  logOut(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [account, setAccount] = useState<Account>();
  const [status, setStatus] = useState<Session['status']>('loading');
  const [retry, setRetry] = useState<RetryNotice>();

  const enter = useCallback(async () => {
    const me = await unwrap(api.GET('/v1/me'));
    setAccount(me);
    setStatus('signed-in');
    await i18n.changeLanguage(me.locale);
    return me;
  }, []);

  useEffect(() => {
    connectClient({
      accessToken: () => accessToken,
      language: () => i18n.language,
      // A session that cannot be renewed is over (its 30 days, a log-out elsewhere): log in again.
      renewSession: async () => {
        const token = await renewSession();
        if (!accessToken) {
          setAccount(undefined);
          setStatus('anonymous');
          queries.clear(); // the next person at this computer sees nothing of the last one's
        }
        return token;
      },
      onRetry: setRetry,
    });
    // A reload keeps the session: the cookie still holds the refresh token.
    void renewSession().then((token) => (token ? enter().catch(() => setStatus('anonymous')) : setStatus('anonymous')));
  }, [enter, queries]);

  const logIn = useCallback(
    async (email: string, password: string) => {
      const session = await unwrap(api.POST('/v1/auth/login', { params: COOKIE_SESSION, body: { email, password } }));
      accessToken = session.accessToken;
      queries.clear();
      return enter();
    },
    [enter, queries],
  );

  const logOut = useCallback(async () => {
    await api.POST('/v1/auth/logout', { params: COOKIE_SESSION }).catch(() => undefined);
    accessToken = undefined;
    setAccount(undefined);
    setStatus('anonymous');
    queries.clear();
  }, [queries]);

  /** Saved to the account first (what Pollen writes to you in), then shown: a failure changes nothing. */
  const setLanguage = useCallback(async (language: Language) => {
    if (accessToken) setAccount(await unwrap(api.PATCH('/v1/me', { body: { locale: language } })));
    await i18n.changeLanguage(language);
  }, []);

  const session = useMemo<Session>(
    () => ({ status, account, retry, logIn, logOut, setLanguage }),
    [status, account, retry, logIn, logOut, setLanguage],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
