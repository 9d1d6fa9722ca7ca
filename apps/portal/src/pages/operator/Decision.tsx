import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { moment } from '../../i18n/format';
import { DecisionForm } from './DecisionForm';

const DECIDABLE = new Set(['eligible', 'in-discussion']);

/** The decision to take, or the one taken with its reason. */
export function Decision({
  application,
  programme,
}: {
  application: Schemas['ApplicationView'];
  programme: Schemas['ProgrammeView'];
}) {
  const { t } = useTranslation();
  // The first entry of the final status is the decision; later ones (a signed agreement) keep its status.
  const decided = application.history.find((change) => ['funded', 'declined'].includes(change.status));
  return (
    <section aria-labelledby="decision">
      <h2 id="decision">{t('operator.decision.title')}</h2>
      <div role="status">
        {decided && (
          <>
            <p>
              <span className={`tag tag--${decided.status}`}>{t(`codes.applicationStatus.${decided.status}`)}</span> —{' '}
              <time dateTime={decided.at}>{moment(decided.at)}</time>
            </p>
            {decided.reason && <p className="quote">{decided.reason}</p>}
          </>
        )}
      </div>
      {DECIDABLE.has(application.status) ? (
        <DecisionForm application={application} programme={programme} />
      ) : (
        !decided && <p>{t('operator.decision.notDecidable')}</p>
      )}
    </section>
  );
}
