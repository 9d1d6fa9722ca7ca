import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { money } from '../../i18n/format';
import { useSession } from '../../session/session';
import { Confirm } from '../../ui/Confirm';
import { Loaded } from '../../ui/Loaded';
import { Page } from '../../ui/Page';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Documents } from '../documents/Documents';
import { Matches } from './Matches';
import { applicationQuery } from './queries';
import { Screening, Timeline } from './Timeline';

const WITHDRAWABLE = new Set(['draft', 'submitted', 'eligible', 'in-discussion']);
// Screening follows a submission within a second or so: look again until it has.
const SCREENING_POLL_MS = 1_000;

export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  const queries = useQueryClient();
  const application = useQuery({
    ...applicationQuery(id),
    refetchInterval: (query) => (query.state.data?.status === 'submitted' ? SCREENING_POLL_MS : false),
  });
  const [asking, setAsking] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/applications/{id}/withdraw', { params: { path: { id } }, body: {} })),
    onSuccess: () => {
      setAsking(false);
      return queries.invalidateQueries({ queryKey: ['applications'] });
    },
  });
  return (
    <Loaded query={application}>
      {(application) => (
        <Page
          title={t('applications.detail.title', { name: application.project.title || application.organisation.name })}
        >
          <p>
            {t('applications.detail.statusLabel')}{' '}
            <span className={`tag tag--${application.status}`}>
              {t(`codes.applicationStatus.${application.status}`)}
            </span>
          </p>
          {application.request.amountCents !== undefined && application.request.instrument && (
            <p>
              {t('applications.detail.request', {
                amount: money(application.request.amountCents),
                instrument: t(`codes.instrument.${application.request.instrument}`),
              })}
            </p>
          )}
          <div className="actions">
            {application.status === 'draft' && (
              <Link className="button primary" to={`/applications/${application.id}/edit`}>
                {t('applications.detail.edit')}
              </Link>
            )}
            {WITHDRAWABLE.has(application.status) && (
              <button type="button" aria-expanded={asking} onClick={() => setAsking(true)}>
                {t('applications.detail.withdraw')}
              </button>
            )}
          </div>
          {asking && WITHDRAWABLE.has(application.status) && (
            <Confirm
              question={t('applications.detail.withdrawConfirm')}
              confirm={t('applications.detail.confirmWithdraw')}
              onConfirm={() => withdraw.mutate()}
              onCancel={() => setAsking(false)}
              pending={withdraw.isPending}
            />
          )}
          <ProblemAlert error={withdraw.error} />
          {application.status !== 'draft' && <Screening application={application} />}
          {application.status !== 'draft' && <Matches application={application} />}
          <Documents applicationId={application.id} />
          <Timeline application={application} me={account?.id ?? ''} />
        </Page>
      )}
    </Loaded>
  );
}
