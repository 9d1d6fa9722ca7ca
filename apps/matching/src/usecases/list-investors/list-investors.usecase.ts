import { Injectable } from '@nestjs/common';
import type { Actor, InvestorPageView, ListInvestorsQueryDto } from '@pollen/contracts';

import { decodeCursor, encodeCursor } from '../../domain/cursor';
import { toInvestorView } from '../../domain/investor';
import { OperatorsOnly } from '../../errors';
import { InvestorStore } from '../../repositories/investor.store';

const DEFAULT_LIMIT = 20;

/** Operators list investors by vetting status, oldest first: the longest-waiting are vetted first. */
@Injectable()
export class ListInvestors {
  constructor(private readonly investors: InvestorStore) {}

  async execute({ actor, query }: { actor: Actor; query: ListInvestorsQueryDto }): Promise<InvestorPageView> {
    if (!actor.roles.includes('operator')) throw new OperatorsOnly();
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const fetched = await this.investors.list(query.status, after, limit + 1);
    const items = fetched.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toInvestorView),
      nextCursor: fetched.length > limit && last ? encodeCursor(last) : null,
    };
  }
}
