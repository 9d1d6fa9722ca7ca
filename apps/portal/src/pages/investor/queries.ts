import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';

export const investorQuery = {
  queryKey: ['investor', 'me'],
  queryFn: () => unwrap(api.GET('/v1/investors/me')),
};

type MatchStatus = Schemas['DealFlowItemView']['status'];

/** One page of the deal-flow, best score first (the API's order). */
export const dealFlowPage = (status: MatchStatus | undefined, cursor: string | undefined, limit = 20) =>
  unwrap(api.GET('/v1/deal-flow', { params: { query: { status, cursor, limit } } }));

/** The investor's deal-flow, page by page, in one status or all. */
export const dealFlowQuery = (status: MatchStatus | undefined) => ({
  queryKey: ['deal-flow', 'list', status ?? 'all'],
  queryFn: ({ pageParam }: { pageParam: string | undefined }) => dealFlowPage(status, pageParam),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page: Schemas['DealFlowPageView']) => page.nextCursor ?? undefined,
});

/**
 * One match of the deal-flow (the API has no route for one alone): looked for page after page,
 * `null` when it is not among the investor's.
 */
export const dealFlowItemQuery = (matchId: string) => ({
  queryKey: ['deal-flow', 'item', matchId],
  queryFn: async () => {
    let cursor: string | undefined;
    do {
      const page = await dealFlowPage(undefined, cursor, 100);
      const item = page.items.find((each) => each.matchId === matchId);
      if (item) return item;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return null;
  },
});

/** Whether the API refused the deal-flow because the investor is not approved (yet). */
export const notApproved = (error: unknown) =>
  error instanceof ApiError && error.problem.code === 'investor.not-approved';
