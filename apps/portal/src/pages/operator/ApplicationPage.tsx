import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { day } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { applicationQuery } from '../applications/queries';
import { Screening } from '../applications/Timeline';
import { Documents, documentsQuery } from '../documents/Documents';
import { programmeQuery } from '../programmes/ProgrammePage';
import { ApplicationFacts } from './ApplicationFacts';
import { Decision } from './Decision';
import { OpsTimeline } from './OpsTimeline';

// The agreement follows a funded decision within seconds: look again until it is there.
const AGREEMENT_POLL_MS = 2_000;

/** An application as the programme's operator reviews it: its content, eligibility, decision, agreement and story. */
export function OperatorApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useQuery(applicationQuery(id));
  const programmeId = application.data?.programmeId ?? '';
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: Boolean(programmeId) });
  // An introduction's documents may be there already: it is the one made after the decision that is awaited.
  const fundedAt = application.data?.history.find((change) => change.status === 'funded')?.at;
  useQuery({
    ...documentsQuery(id),
    refetchInterval: (query) =>
      fundedAt && !query.state.data?.items.some((document) => document.createdAt >= fundedAt)
        ? AGREEMENT_POLL_MS
        : false,
  });
  return (
    <Loaded query={application}>
      {(application) => (
        <Page
          title={t('operator.application.title', {
            name: application.project.title || application.organisation.name,
          })}
        >
          <p>
            <Link to={`/operator/programmes/${application.programmeId}`}>
              {programme.data?.title ?? t('operator.application.back')}
            </Link>
          </p>
          <p className="meta">
            {t('operator.application.statusLabel')}{' '}
            <span className={`tag tag--${application.status}`}>
              {t(`codes.applicationStatus.${application.status}`)}
            </span>
            {application.submittedAt && (
              <> · {t('operator.application.submittedAt', { date: day(application.submittedAt) })}</>
            )}
          </p>
          <Screening application={application} words="operator.application" />
          <Loaded query={programme}>
            {(programme) => <Decision application={application} programme={programme} />}
          </Loaded>
          <Documents applicationId={application.id} />
          <ApplicationFacts application={application} />
          <OpsTimeline applicationId={application.id} />
        </Page>
      )}
    </Loaded>
  );
}
