import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const investorQuery = {
  queryKey: ['investor', 'me'],
  queryFn: () => unwrap(api.GET('/v1/investors/me')),
};
