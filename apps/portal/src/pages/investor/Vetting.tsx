import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { Schemas } from '../../api/client';

/** Where the investor's vetting stands, and what it means for the projects they are shown. */
export function Vetting({ investor }: { investor: Schemas['InvestorView'] }) {
  const { t } = useTranslation();
  const { status, statusReason } = investor;
  return (
    <section aria-labelledby="vetting" className={status === 'approved' ? 'card' : 'card vetting--waiting'}>
      <h2 id="vetting">{t('investor.vetting.title')}</h2>
      <p>
        {t('investor.vetting.label')}{' '}
        <span className={`tag tag--${status}`}>{t(`investor.vetting.status.${status}`)}</span>
      </p>
      <p>{t(`investor.vetting.${status}`)}</p>
      {statusReason && (status === 'rejected' || status === 'suspended') && (
        <>
          <p>{t('investor.vetting.reason', { reason: statusReason })}</p>
          <p>{t('investor.vetting.contact')}</p>
        </>
      )}
      {status === 'approved' && (
        <p>
          <Link to="/deal-flow">{t('investor.vetting.seeDealFlow')}</Link>
        </p>
      )}
    </section>
  );
}
