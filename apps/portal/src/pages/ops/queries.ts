import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const investorQuery = (id: string) => ({
  queryKey: ['ops', 'investors', id],
  queryFn: () => unwrap(api.GET('/v1/ops/investors/{id}', { params: { path: { id } } })),
});

export const deadLetterQuery = (id: string) => ({
  queryKey: ['ops', 'dead-letters', id],
  queryFn: () => unwrap(api.GET('/v1/ops/dead-letters/{id}', { params: { path: { id } } })),
});

/** The status page's figures are read again this often, so a service going down shows without a reload. */
export const STATUS_REFRESH_MS = 15_000;
