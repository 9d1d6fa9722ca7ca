import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { LANGUAGES } from '../i18n';
import { useSession } from '../session/session';
import { Loaded } from '../ui/Loaded';
import { Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useForm } from '../ui/use-form';

type Preferences = Schemas['NotificationPreferencesView'];
type Category = keyof Preferences['categories'];
const CHANNELS = ['e-mail', 'in-app'] as const;

function NotificationChoices({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const queries = useQueryClient();
  const [categories, setCategories] = useState(preferences.categories);
  const [alerts, setAlerts] = useState(preferences.dealFlowAlerts);
  const [saved, setSaved] = useState(false);
  const form = useForm(async () => {
    setSaved(false);
    const choices = Object.fromEntries(
      Object.entries(categories).map(([category, view]) => [
        category,
        { 'e-mail': view['e-mail'], 'in-app': view['in-app'], webhook: view.webhook },
      ]),
    );
    await unwrap(api.PUT('/v1/me/notification-preferences', { body: { categories: choices, dealFlowAlerts: alerts } }));
    await queries.invalidateQueries({ queryKey: ['preferences'] });
    setSaved(true);
  });
  const toggle = (category: Category, channel: (typeof CHANNELS)[number]) =>
    setCategories({
      ...categories,
      [category]: { ...categories[category], [channel]: !categories[category][channel] },
    });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <table className="preferences">
        <caption>{t('preferences.notifications')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preferences.category')}</th>
            {CHANNELS.map((channel) => (
              <th key={channel} scope="col">
                {t(`codes.channel.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(Object.keys(categories) as Category[]).map((category) => (
            <tr key={category}>
              <th scope="row">
                {t(`codes.notificationCategory.${category}`)}
                {categories[category].critical && <span className="hint"> — {t('preferences.critical')}</span>}
              </th>
              {CHANNELS.map((channel) => (
                <td key={channel}>
                  <input
                    type="checkbox"
                    aria-label={t('preferences.channelOf', {
                      category: t(`codes.notificationCategory.${category}`),
                      channel: t(`codes.channel.${channel}`),
                    })}
                    checked={categories[category].critical || categories[category][channel]}
                    disabled={categories[category].critical}
                    onChange={() => toggle(category, channel)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {account?.role === 'investor' && (
        <fieldset>
          <legend>{t('preferences.dealFlowAlerts')}</legend>
          {(['immediate', 'daily'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="alerts" checked={alerts === choice} onChange={() => setAlerts(choice)} />
              {t(`preferences.alerts.${choice}`)}
            </label>
          ))}
        </fieldset>
      )}
      <ProblemAlert error={form.error} />
      <p role="status">{saved && t('app.saved')}</p>
      <button type="submit" className="primary" disabled={form.sending}>
        {t('app.save')}
      </button>
    </form>
  );
}

/** The account's language and its notification choices. */
export function PreferencesPage() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const [languageError, setLanguageError] = useState<unknown>();
  const preferences = useQuery({
    queryKey: ['preferences'],
    queryFn: () => unwrap(api.GET('/v1/me/notification-preferences')),
  });
  return (
    <Page title={t('preferences.title')}>
      <fieldset>
        <legend>{t('app.language')}</legend>
        <p className="hint">{t('preferences.languageHint')}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="choice" lang={language}>
            <input
              type="radio"
              name="language"
              checked={i18n.language === language}
              onChange={() => setLanguage(language).catch(setLanguageError)}
            />
            {t(`app.languages.${language}`)}
          </label>
        ))}
        <ProblemAlert error={languageError} />
      </fieldset>
      <Loaded query={preferences}>{(preferences) => <NotificationChoices preferences={preferences} />}</Loaded>
    </Page>
  );
}
