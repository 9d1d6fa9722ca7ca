import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const applicationQuery = (id: string) => ({
  queryKey: ['applications', id],
  queryFn: () => unwrap(api.GET('/v1/applications/{id}', { params: { path: { id } } })),
});
