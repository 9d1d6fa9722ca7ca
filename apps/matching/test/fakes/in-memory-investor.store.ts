import type { EventEnvelope, InvestorStatus } from '@pollen/contracts';
import { InMemoryAggregateStore } from '@pollen/testing';

import type { Investor } from '../../src/domain/investor';
import { InvestorChangedConcurrently } from '../../src/errors';
import type { InvestorCursor, InvestorStore } from '../../src/repositories/investor.store';

/** The investor store port in memory, for unit tests: what was written, and the events. */
export class InMemoryInvestorStore extends InMemoryAggregateStore<Investor> implements InvestorStore {
  protected conflictOf(investor: Investor, others: Investor[], inserting: boolean): Error | undefined {
    return inserting && others.some((other) => other.id === investor.id)
      ? new InvestorChangedConcurrently()
      : undefined;
  }

  async findByIds(ids: readonly string[]): Promise<Investor[]> {
    return this.all().filter((investor) => ids.includes(investor.id));
  }

  /** Investors whose events the relay has not published yet: an update's, until a test clears it. */
  readonly unpublished = new Set<string>();

  override async update(investor: Investor, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    const updated = await super.update(investor, expectedVersion, events);
    if (updated && events.length > 0) this.unpublished.add(investor.id);
    return updated;
  }

  async hasUnpublishedEvents(id: string): Promise<boolean> {
    return this.unpublished.has(id);
  }

  async withUnstatedOrganisation(afterId: string, limit: number): Promise<Investor[]> {
    return this.all()
      .filter((investor) => investor.profile && !investor.organisationStated && investor.id > afterId)
      .sort((a, b) => a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  async deleteIfPublished(id: string): Promise<boolean> {
    return !this.unpublished.has(id) && this.items.delete(id);
  }

  async list(
    status: InvestorStatus | undefined,
    after: InvestorCursor | undefined,
    limit: number,
  ): Promise<Investor[]> {
    const key = (investor: Pick<Investor, 'createdAt' | 'id'>) => `${investor.createdAt.toISOString()}|${investor.id}`;
    return this.all()
      .filter((investor) => !status || investor.status === status)
      .filter((investor) => !after || key(investor) > key(after))
      .sort((a, b) => key(a).localeCompare(key(b)))
      .slice(0, limit);
  }
}
