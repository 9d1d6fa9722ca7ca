import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Language } from '../../i18n';
import type { TemplateTitles } from './timeline';

export type ApplicationStatus = Schemas['ApplicationView']['status'];

const next = (page: { nextCursor?: string | null }) => page.nextCursor ?? undefined;

/** Every programme, upcoming and closed ones too: the operator runs them all. */
export const operatorProgrammesQuery = infiniteQueryOptions({
  queryKey: ['programmes', 'operator'],
  queryFn: ({ pageParam }) =>
    unwrap(api.GET('/v1/programmes', { params: { query: { status: 'all', cursor: pageParam, limit: 50 } } })),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: next,
});

/** A programme's applications, newest first, of one status or all (under `applications`, which a signature refreshes). */
export const programmeApplicationsQuery = (programmeId: string, status: ApplicationStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ['applications', 'of-programme', programmeId, status ?? 'all'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/v1/applications', { params: { query: { programmeId, status, cursor: pageParam, limit: 25 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: next,
  });

/**
 * The titles of the published legal templates in `locale`, by key: the newest version's (the list
 * comes newest first), for the timeline's documents. Every page: the list counts versions.
 */
export const templateTitlesQuery = (locale: Language) =>
  queryOptions({
    queryKey: ['legal-templates', 'titles', locale],
    queryFn: async (): Promise<TemplateTitles> => {
      const titles = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const query = { locale, status: 'published' as const, limit: 100, cursor };
        const page = await unwrap(api.GET('/v1/legal-templates', { params: { query } }));
        for (const template of page.items) if (!titles.has(template.key)) titles.set(template.key, template.title);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return titles;
    },
  });

export const timelineQuery = (applicationId: string) =>
  infiniteQueryOptions({
    queryKey: ['applications', applicationId, 'timeline'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/ops/applications/{id}/timeline', {
          // The API's largest page: a funded deal's story runs past 50 events (deliveries included).
          params: { path: { id: applicationId }, query: { cursor: pageParam, limit: 100 } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: next,
  });
