import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Confirm } from '../../ui/Confirm';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { programmeQuery } from '../programmes/ProgrammePage';

type Programme = Schemas['ProgrammeView'];

/**
 * Edit, open now (an upcoming programme) or close now (an open one, after a confirmation): opening
 * and closing set the deadline to this instant, to the minute, not to a day.
 */
export function ProgrammeActions({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<'opened' | 'closed'>();
  const openHintId = useId();
  const change = useMutation({
    mutationFn: (deadline: 'opensAt' | 'closesAt') =>
      unwrap(
        api.PATCH('/v1/programmes/{id}', {
          params: { path: { id: programme.id } },
          body: { [deadline]: new Date().toISOString() },
        }),
      ),
    onSuccess: async (saved, deadline) => {
      queries.setQueryData(programmeQuery(saved.id).queryKey, saved);
      setConfirming(false);
      setDone(deadline === 'opensAt' ? 'opened' : 'closed');
      await queries.invalidateQueries({ queryKey: ['programmes'] });
    },
  });
  return (
    <>
      <div className="actions">
        <Link className="button" to={`/operator/programmes/${programme.id}/edit`}>
          {t('operator.programme.edit')}
        </Link>
        <Link className="button" to={`/programmes/${programme.id}`}>
          {t('operator.programme.public')}
        </Link>
        {programme.status === 'upcoming' && (
          <button
            type="button"
            className="primary"
            aria-describedby={openHintId}
            onClick={() => change.mutate('opensAt')}
            disabled={change.isPending}
          >
            {t('operator.programme.open')}
          </button>
        )}
        {programme.status === 'open' && (
          <button type="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
            {t('operator.programme.close')}
          </button>
        )}
      </div>
      {programme.status === 'upcoming' && (
        <p className="hint" id={openHintId}>
          {t('operator.programme.openHint')}
        </p>
      )}
      {confirming && programme.status === 'open' && (
        <Confirm
          question={t('operator.programme.closeConfirm', { title: programme.title })}
          confirm={t('operator.programme.confirmClose')}
          onConfirm={() => change.mutate('closesAt')}
          onCancel={() => setConfirming(false)}
          pending={change.isPending}
        />
      )}
      <ProblemAlert error={change.error} />
      <p role="status">{done && t(`operator.programme.${done}`)}</p>
    </>
  );
}
