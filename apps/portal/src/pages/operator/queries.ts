import { infiniteQueryOptions } from '@tanstack/react-query';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';

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

export const timelineQuery = (applicationId: string) =>
  infiniteQueryOptions({
    queryKey: ['applications', applicationId, 'timeline'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/ops/applications/{id}/timeline', {
          params: { path: { id: applicationId }, query: { cursor: pageParam, limit: 50 } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: next,
  });
