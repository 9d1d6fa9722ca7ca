import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from './ProblemAlert';

/** A query's data once it is there; meanwhile a polite "loading", or its problem with a retry. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p role="status">{t('app.loading')}</p>;
  if (query.data === undefined) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  // A background refresh that failed keeps what was shown (and a form being typed in) in place.
  return (
    <>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {children(query.data)}
    </>
  );
}
