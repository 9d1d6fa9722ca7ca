import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type InvestorPageView, type ListInvestorsQueryDto } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toInvestorView } from '../../domain/investor';
import { InvestorStore } from '../../repositories/investor.store';

const DEFAULT_LIMIT = 20;

/** Operators list investors by vetting status, oldest first: the longest-waiting are vetted first. */
@Injectable()
export class ListInvestors {
  constructor(private readonly investors: InvestorStore) {}

  async execute({ actor, query }: { actor: Actor; query: ListInvestorsQueryDto }): Promise<InvestorPageView> {
    assertOperator(actor);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const fetched = await this.investors.list(query.status, after && { createdAt: after.at, id: after.id }, limit + 1);
    const { items, nextCursor } = page(fetched, limit, (investor) => investor.createdAt);
    return { items: items.map(toInvestorView), nextCursor };
  }
}
