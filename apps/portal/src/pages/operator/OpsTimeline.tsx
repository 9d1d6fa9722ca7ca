import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/problem';
import { languageOf } from '../../i18n';
import { moment } from '../../i18n/format';
import { Loaded } from '../../ui/Loaded';
import { templateTitlesQuery, timelineQuery } from './queries';
import { timelineEntryInWords } from './timeline';

/** Every event about the application, from every service, oldest first, in words; paged. */
export function OpsTimeline({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useInfiniteQuery(timelineQuery(applicationId));
  // Without them (not read yet, or refused) templates show by key: the timeline does not wait.
  const titles = useQuery(templateTitlesQuery(languageOf(i18n.language))).data;
  // No event has reached the operations service yet: said plainly, not as a failure.
  const none = timeline.error instanceof ApiError && timeline.error.problem.code === 'timeline.not-found';
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('operator.timeline.title')}</h2>
      {none ? (
        <p>{t('operator.timeline.none')}</p>
      ) : (
        <Loaded query={timeline}>
          {(data) => (
            <>
              <table className="figures">
                <caption>{t('operator.timeline.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operator.timeline.when')}</th>
                    <th scope="col">{t('operator.timeline.what')}</th>
                    <th scope="col">{t('operator.timeline.source')}</th>
                    <th scope="col">{t('operator.timeline.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.pages
                    .flatMap((page) => page.items)
                    .map((entry) => {
                      const words = timelineEntryInWords(t, entry, titles);
                      return (
                        <tr key={entry.eventId}>
                          <td>
                            <time dateTime={entry.occurredAt}>{moment(entry.occurredAt)}</time>
                          </td>
                          <th scope="row">
                            {words.what}
                            {words.detail && <span className="meta"> — {words.detail}</span>}
                          </th>
                          <td>{words.source}</td>
                          <td>
                            <code>{entry.correlationId}</code>
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
              {timeline.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void timeline.fetchNextPage()}
                  disabled={timeline.isFetchingNextPage}
                >
                  {t('operator.timeline.more')}
                </button>
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}
