import type { PageCursor } from '@pollen/platform/mongo';

import { type TimelineEntry, withoutAccount } from '../../src/domain/timeline-entry';
import { type DeliveryFailureCount, LOGGED_CHANNELS, TimelineStore } from '../../src/repositories/timeline.store';

const inOrder = (a: TimelineEntry, b: TimelineEntry) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() ||
  a.aggregateVersion - b.aggregateVersion ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const positionOf = (cursor: PageCursor) =>
  ({ occurredAt: cursor.at, aggregateVersion: cursor.rank ?? 0, id: cursor.id }) as TimelineEntry;

/** The timeline port in memory, for unit tests. */
export class InMemoryTimelineStore extends TimelineStore {
  readonly items = new Map<string, TimelineEntry>();

  async add(entry: TimelineEntry): Promise<boolean> {
    if (this.items.has(entry.id)) return false;
    this.items.set(entry.id, entry);
    return true;
  }

  async page(applicationId: string, { after, limit }: { after?: PageCursor; limit: number }): Promise<TimelineEntry[]> {
    return [...this.items.values()]
      .filter((entry) => entry.applicationId === applicationId)
      .sort(inOrder)
      .filter((entry) => !after || inOrder(entry, positionOf(after)) > 0)
      .slice(0, limit);
  }

  async anonymiseAccount(accountId: string, marker: string): Promise<number> {
    const found = await this.naming(accountId);
    for (const entry of found) this.items.set(entry.id, withoutAccount(entry, accountId, marker));
    return found.length;
  }

  async naming(accountId: string): Promise<TimelineEntry[]> {
    return [...this.items.values()].filter((entry) => entry.recipientId === accountId).sort(inOrder);
  }

  async removeUnattachedBefore(before: Date): Promise<number> {
    const old = [...this.items.values()].filter((entry) => entry.applicationId === null && entry.occurredAt < before);
    for (const entry of old) this.items.delete(entry.id);
    return old.length;
  }

  async deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]> {
    const recent = [...this.items.values()].filter((entry) => entry.occurredAt >= since);
    const count = (type: string, channel: string) =>
      recent.filter((entry) => entry.type === type && entry.channel === channel).length;
    return LOGGED_CHANNELS.map((channel) => ({
      channel,
      failedAttempts: count('notification.failed', channel),
      givenUp: count('notification.dead', channel),
    }));
  }
}
