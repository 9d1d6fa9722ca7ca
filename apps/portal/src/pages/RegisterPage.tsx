import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { homeOf } from '../app/paths';
import type { Language } from '../i18n';
import { useSession } from '../session/session';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { TextField } from '../ui/TextField';
import { useForm } from '../ui/use-form';

const ROLES = ['applicant', 'investor'] as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { logIn } = useSession();
  const navigate = useNavigate();
  const [account, setAccount] = useState({
    email: '',
    password: '',
    displayName: '',
    role: 'applicant' as (typeof ROLES)[number],
  });
  const set = (field: keyof typeof account) => (value: string) => setAccount({ ...account, [field]: value });
  const form = useForm(async () => {
    await unwrap(api.POST('/v1/auth/register', { body: { ...account, locale: i18n.language as Language } }));
    await logIn(account.email, account.password);
    void navigate(homeOf(account.role), { replace: true });
  });
  return (
    <Page title={t('auth.registerTitle')}>
      <form onSubmit={form.onSubmit} className="narrow" noValidate>
        <fieldset>
          <legend>{t('auth.role')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="choice">
              <input
                type="radio"
                name="role"
                value={role}
                checked={account.role === role}
                onChange={() => set('role')(role)}
              />
              {t(`auth.roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          label={t('auth.displayName')}
          error={form.fields['displayName']}
          autoComplete="name"
          required
          value={account.displayName}
          onChange={set('displayName')}
        />
        <TextField
          label={t('auth.email')}
          error={form.fields['email']}
          type="email"
          autoComplete="email"
          required
          value={account.email}
          onChange={set('email')}
        />
        <TextField
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          error={form.fields['password']}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={account.password}
          onChange={set('password')}
        />
        <ProblemAlert error={form.error} />
        <button type="submit" className="primary" disabled={form.sending}>
          {t('auth.submitRegister')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('app.nav.login')}</Link>
      </p>
    </Page>
  );
}
