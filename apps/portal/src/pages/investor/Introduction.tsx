import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { day } from '../../i18n/format';

/** Whom to reach once the applicant accepted: their contact, and their organisation's SIREN. */
export function Introduction({ introduction }: { introduction: Schemas['MatchIntroductionView'] }) {
  const { t } = useTranslation();
  const { contact } = introduction;
  return (
    <div className="contact">
      <p>{t('investor.introduction.at', { date: day(introduction.at) })}</p>
      <p>{t('investor.introduction.contact', { name: contact.name })}</p>
      <p>
        {t('investor.introduction.emailLabel')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </p>
      {contact.phone && (
        <p>
          {t('investor.introduction.phoneLabel')} <a href={`tel:${contact.phone}`}>{contact.phone}</a>
        </p>
      )}
      {introduction.siren && <p>{t('investor.introduction.siren', { siren: introduction.siren })}</p>}
    </div>
  );
}
