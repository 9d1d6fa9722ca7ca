import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { moment } from '../../i18n/format';
import { reasonInWords } from './reasons';

// Entries a person wrote the reason of; the others' reasons are the system's own notes.
const WORDED = new Set(['declined', 'funded', 'withdrawn']);

/** The status history, oldest first, each step with who made it. */
export function Timeline({ application, me }: { application: Schemas['ApplicationView']; me: string }) {
  const { t } = useTranslation();
  const who = (by: unknown) =>
    by === 'system'
      ? t('applications.detail.by.system')
      : by === me
        ? t('applications.detail.by.you')
        : t('applications.detail.by.operator');
  const what = (change: Schemas['StatusChangeView'], index: number) => {
    if (change.consent)
      return t(`applications.detail.event.${change.consent.shareWithInvestors ? 'consentGiven' : 'consentWithdrawn'}`);
    if (change.documentId) return t('applications.detail.event.documentSigned');
    if (change.matchId) return t('applications.detail.event.introduced');
    if (index === 0) return t('applications.detail.event.created');
    return t(`codes.applicationStatus.${change.status}`);
  };
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('applications.detail.timeline')}</h2>
      <ol className="timeline">
        {application.history.map((change, index) => (
          <li key={index}>
            <strong>{what(change, index)}</strong> — <time dateTime={change.at}>{moment(change.at)}</time>,{' '}
            {who(change.by)}
            {WORDED.has(change.status) && change.reason && <p className="quote">{change.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The eligibility result with every reason, in the page's language; `words` names whose words
 * say it (the applicant's « votre candidature », the operator's « la candidature »).
 */
export function Screening({
  application,
  words = 'applications.detail',
}: {
  application: Schemas['ApplicationView'];
  words?: 'applications.detail' | 'operator.application';
}) {
  const { t } = useTranslation();
  const screening = application.screening;
  return (
    <section aria-labelledby="screening">
      <h2 id="screening">{t(`${words}.screening`)}</h2>
      {/* One region throughout, so the result is read out when it replaces « en cours ». */}
      <div aria-live="polite">
        {!screening ? (
          <p>{t(`${words}.screeningPending`)}</p>
        ) : screening.result === 'eligible' ? (
          <p className="success">{t(`${words}.eligible`)}</p>
        ) : (
          <>
            <p>{t(`${words}.ineligible`)}</p>
            <ul className="reasons">
              {screening.reasons.map((reason) => (
                <li key={reason.code}>{reasonInWords(t, reason)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
