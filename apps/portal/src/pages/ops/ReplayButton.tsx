import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { replayable, replayOutcome } from './dead-letters';
import { deadLetterQuery } from './queries';

// The service that dead-lettered the event records the outcome a moment after the request.
const OUTCOME_POLL_MS = 1_000;

/** Replays an event dead letter, then announces the outcome once its service has recorded it. */
export function ReplayButton({ deadLetter }: { deadLetter: Schemas['DeadLetterView'] }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const replay = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/ops/dead-letters/{id}/replay', { params: { path: { id: deadLetter.id } } })),
    onSuccess: (next) => queries.setQueryData(deadLetterQuery(deadLetter.id).queryKey, next),
  });
  const followed = useQuery({
    ...deadLetterQuery(deadLetter.id),
    enabled: replay.isSuccess,
    refetchInterval: (query) => (query.state.data?.state === 'replaying' ? OUTCOME_POLL_MS : false),
  });
  const outcome = replay.isSuccess && followed.data ? replayOutcome(t, followed.data) : undefined;
  return (
    <>
      {replayable(deadLetter) && !replay.isSuccess && (
        <button
          type="button"
          onClick={() => replay.mutate()}
          disabled={replay.isPending}
          aria-label={t('ops.deadLetters.replayOf', { id: deadLetter.id })}
        >
          {t('ops.deadLetters.replay')}
        </button>
      )}
      <span role="status">{outcome}</span>
      <ProblemAlert error={replay.error} />
    </>
  );
}
