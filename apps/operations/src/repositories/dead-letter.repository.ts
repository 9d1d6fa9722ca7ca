import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DEAD_LETTER_STATES, type DeadLetterState } from '@pollen/contracts';
import { type AggregateDocument, type AggregateFilter, AggregateRepository, OutboxRelay } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { DeadLetter } from '../domain/dead-letter';
import { concerns } from '../domain/dead-letter-erasure';
import { EXPIRED_MARKER } from '../domain/dead-letter-retention';
import { DEAD_LETTER_MODEL } from '../schemas/dead-letter.schema';
import type { DeadLetterQuery, DeadLetterStore } from './dead-letter.store';

const SCAN_PAGE = 200;

/** The only code that touches the dead-letters collection; the base does the writes (ADR 0004). */
@Injectable()
export class DeadLetterRepository extends AggregateRepository<DeadLetter> implements DeadLetterStore {
  constructor(@InjectModel(DEAD_LETTER_MODEL) model: Model<AggregateDocument>, relay: OutboxRelay) {
    super(model, relay);
  }

  async list(query: DeadLetterQuery): Promise<DeadLetter[]> {
    const filter: AggregateFilter = {};
    if (query.topic) filter['topic'] = { $eq: query.topic };
    if (query.type) filter['type'] = { $eq: query.type };
    if (query.state) filter['state'] = { $eq: query.state };
    if (query.after) {
      filter['$or'] = [
        { createdAt: { $lt: query.after.createdAt } },
        { createdAt: { $eq: query.after.createdAt }, _id: { $lt: query.after.id } },
      ];
    }
    return this.findMany(filter, { createdAt: -1, _id: -1 }, query.limit);
  }

  /**
   * One pass over the collection, in pages, filtered here: headers have no fixed names to query by,
   * and an account id may sit anywhere in a value's text. Erasures and exports are rare, and the
   * collection holds only what consumers could not process.
   */
  async concerning(accountId: string): Promise<DeadLetter[]> {
    const found: DeadLetter[] = [];
    for (let after: DeadLetter | undefined; ; ) {
      const page = await this.list({ after: after && { createdAt: after.createdAt, id: after.id }, limit: SCAN_PAGE });
      found.push(...page.filter((deadLetter) => concerns(deadLetter, accountId)));
      if (page.length < SCAN_PAGE) return found;
      after = page.at(-1);
    }
  }

  unexpiredBefore(topics: string[], before: Date, limit: number): Promise<DeadLetter[]> {
    return this.findMany(
      { topic: { $in: topics }, lastFailedAt: { $lt: before }, value: { $ne: EXPIRED_MARKER } },
      { lastFailedAt: 1, _id: 1 },
      limit,
    );
  }

  // The id is where the message sits on its dead-letter topic: a second insert is a redelivery.
  protected async conflictOf(deadLetter: DeadLetter): Promise<Error> {
    return new Error(`dead letter ${deadLetter.id} is already kept`);
  }

  async countByState(): Promise<Record<DeadLetterState, number>> {
    const counts = await Promise.all(
      DEAD_LETTER_STATES.map(
        async (state) => [state, await this.model.countDocuments({ state: { $eq: state } })] as const,
      ),
    );
    return Object.fromEntries(counts) as Record<DeadLetterState, number>;
  }
}
