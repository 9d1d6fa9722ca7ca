import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { day, money } from '../../i18n/format';

/** What happened to the match so far: the investor's interest or pass, the applicant's decline, a retraction. */
export function MatchState({ item }: { item: Schemas['DealFlowItemView'] }) {
  const { t } = useTranslation();
  const { interest, pass, decline, retraction } = item;
  return (
    <>
      {interest && (
        <div>
          <p>{t('investor.answer.yourInterest', { date: day(interest.at) })}</p>
          {interest.amountCents !== undefined && (
            <p>{t('investor.answer.yourAmount', { amount: money(interest.amountCents) })}</p>
          )}
          <p className="quote" aria-label={t('investor.answer.yourMessage')}>
            {interest.message}
          </p>
          {item.status === 'interested' && <p>{t('investor.answer.waiting')}</p>}
        </div>
      )}
      {pass && (
        <p>{t('investor.answer.passed', { date: day(pass.at), reason: t(`investor.passReason.${pass.reason}`) })}</p>
      )}
      {decline && (
        <>
          <p>{t('investor.answer.declined', { date: day(decline.at) })}</p>
          {decline.reason && <p>{t('investor.answer.declinedReason', { reason: decline.reason })}</p>}
        </>
      )}
      {retraction && <p>{t('investor.answer.retracted', { cause: t(`investor.retraction.${retraction.cause}`) })}</p>}
    </>
  );
}
