import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Loaded } from '../../ui/Loaded';
import { Documents } from '../documents/Documents';

/**
 * The application an introduction belongs to. The deal-flow does not name it, so it is read from
 * the investor's notifications: each document's one names the document, and the document names
 * its application and match.
 */
async function applicationOfMatch(matchId: string): Promise<string | null> {
  const { items } = await unwrap(api.GET('/v1/me/notifications', { params: { query: { limit: 100 } } }));
  const documentIds = new Set(items.filter((item) => item.category === 'document').map((item) => item.subject));
  for (const id of documentIds) {
    const document = await unwrap(api.GET('/v1/documents/{id}', { params: { path: { id } } }));
    if (document.matchId === matchId && document.applicationId) return document.applicationId;
  }
  return null;
}

/** The introduction's documents, to read, download and sign as the other party does. */
export function MatchDocuments({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const application = useQuery({
    queryKey: ['deal-flow', 'application-of', matchId],
    queryFn: () => applicationOfMatch(matchId),
  });
  return (
    <Loaded query={application}>
      {(applicationId) =>
        applicationId ? (
          <Documents applicationId={applicationId} />
        ) : (
          <section aria-labelledby="documents">
            <h2 id="documents">{t('applications.documents.title')}</h2>
            <p>{t('investor.documents.none')}</p>
          </section>
        )
      }
    </Loaded>
  );
}
