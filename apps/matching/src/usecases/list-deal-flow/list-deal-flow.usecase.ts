import { Injectable } from '@nestjs/common';
import type { Actor, DealFlowPageView, DealFlowQueryDto } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toDealFlowItem } from '../../domain/deal-flow';
import { ApplicationProjectionStore } from '../../repositories/application-projection.store';
import { InvestorStore } from '../../repositories/investor.store';
import { MatchStore } from '../../repositories/match.store';
import { approvedInvestor } from '../approved-investor';

const DEFAULT_LIMIT = 20;

/** An approved investor's own matches, best score first, then the most recent; redacted projects. */
@Injectable()
export class ListDealFlow {
  constructor(
    private readonly investors: InvestorStore,
    private readonly matches: MatchStore,
    private readonly projections: ApplicationProjectionStore,
  ) {}

  async execute({ actor, query }: { actor: Actor; query: DealFlowQueryDto }): Promise<DealFlowPageView> {
    await approvedInvestor(this.investors, actor.id);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const fetched = await this.matches.dealFlow(
      actor.id,
      query.status,
      after && { score: after.rank ?? 0, proposedAt: after.at, id: after.id },
      limit + 1,
    );
    const { items, nextCursor } = page(
      fetched,
      limit,
      (match) => match.proposedAt,
      (match) => match.score,
    );
    const projections = await this.projections.findByIds(items.map((match) => match.applicationId));
    const projectionOf = new Map(projections.map((projection) => [projection.applicationId, projection]));
    return {
      items: items.flatMap((match) => {
        const projection = projectionOf.get(match.applicationId);
        return projection ? [toDealFlowItem(match, projection)] : [];
      }),
      nextCursor,
    };
  }
}
