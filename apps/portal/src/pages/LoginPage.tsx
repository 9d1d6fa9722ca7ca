import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { homeOf, safeNext } from '../app/paths';
import { useSession } from '../session/session';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { TextField } from '../ui/TextField';
import { useForm } from '../ui/use-form';

export function LoginPage() {
  const { t } = useTranslation();
  const { logIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm(async () => {
    const account = await logIn(email, password);
    void navigate(safeNext(params.get('next')) ?? homeOf(account.role), { replace: true });
  });
  const notice = params.get('registered') ? t('auth.registered') : params.get('out') ? t('auth.loggedOut') : undefined;
  return (
    <Page title={t('auth.loginTitle')}>
      {notice && <p role="status">{notice}</p>}
      {params.get('next') && !notice && <p>{t('auth.loginRequired')}</p>}
      <form onSubmit={form.onSubmit} className="narrow" noValidate>
        <TextField
          label={t('auth.email')}
          error={form.fields['email']}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label={t('auth.password')}
          error={form.fields['password']}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <ProblemAlert error={form.error} />
        <button type="submit" className="primary" disabled={form.sending}>
          {t('auth.submitLogin')}
        </button>
      </form>
      <p>
        {t('auth.noAccount')} <Link to="/register">{t('app.nav.register')}</Link>
      </p>
    </Page>
  );
}
