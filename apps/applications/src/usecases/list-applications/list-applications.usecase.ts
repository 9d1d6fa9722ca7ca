import { Injectable } from '@nestjs/common';
import { type Actor, type ApplicationPageView, isOperator, type ListApplicationsQueryDto } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toView } from '../../domain/application';
import { InvestorsUseDealFlow } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';

const DEFAULT_LIMIT = 20;

/** Applicants list their own applications; operators list all, by programme and status. Newest first. */
@Injectable()
export class ListApplications {
  constructor(private readonly store: ApplicationStore) {}

  async execute({ actor, query }: { actor: Actor; query: ListApplicationsQueryDto }): Promise<ApplicationPageView> {
    if (!isOperator(actor) && !actor.roles.includes('applicant')) {
      throw new InvestorsUseDealFlow();
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const fetched = await this.store.list(
      { ownerId: isOperator(actor) ? undefined : actor.id, programmeId: query.programmeId, status: query.status },
      after && { createdAt: after.at, id: after.id },
      limit + 1,
    );
    const { items, nextCursor } = page(fetched, limit, (application) => application.createdAt);
    return { items: items.map(toView), nextCursor };
  }
}
