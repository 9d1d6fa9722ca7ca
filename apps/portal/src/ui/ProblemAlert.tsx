import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/problem';

/** What went wrong with an action, next to it: the gateway's own message, in the user's language. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const message =
    problem?.status === 0
      ? t('app.networkError')
      : (problem?.detail ?? t('app.unexpected', { reference: problem?.correlationId ?? '—' }));
  return (
    <div className="alert" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
