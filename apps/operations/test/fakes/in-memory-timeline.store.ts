import type { PageCursor } from '@pollen/platform/mongo';

import type { TimelineEntry } from '../../src/domain/timeline-entry';
import { type DeliveryFailureCount, TimelineStore } from '../../src/repositories/timeline.store';

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
    const naming = [...this.items.values()].filter((entry) => entry.subject.includes(accountId));
    for (const entry of naming)
      this.items.set(entry.id, { ...entry, subject: entry.subject.replaceAll(accountId, marker) });
    return naming.length;
  }

  async naming(accountId: string): Promise<TimelineEntry[]> {
    return [...this.items.values()].filter((entry) => entry.subject.includes(accountId)).sort(inOrder);
  }

  async deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]> {
    const counts = new Map<string, DeliveryFailureCount>();
    for (const entry of this.items.values()) {
      if (!entry.channel || entry.occurredAt < since) continue;
      if (entry.type !== 'notification.failed' && entry.type !== 'notification.dead') continue;
      const count = counts.get(entry.channel) ?? { channel: entry.channel, failed: 0, dead: 0 };
      if (entry.type === 'notification.failed') count.failed += 1;
      else count.dead += 1;
      counts.set(entry.channel, count);
    }
    return [...counts.values()];
  }
}
