import type { NotificationChannel } from '@pollen/contracts';
import type { PageCursor } from '@pollen/platform/mongo';

import type { TimelineEntry } from '../domain/timeline-entry';

/** Failed or given-up deliveries of one channel. */
export interface DeliveryFailureCount {
  channel: NotificationChannel;
  failed: number;
  dead: number;
}

/** The port the timeline is kept through; TimelineRepository is the MongoDB adapter. */
export abstract class TimelineStore {
  /** @returns false when the event was indexed already (a redelivery). */
  abstract add(entry: TimelineEntry): Promise<boolean>;
  /** One application's entries, oldest first, after `after`. */
  abstract page(applicationId: string, query: { after?: PageCursor; limit: number }): Promise<TimelineEntry[]>;
  /**
   * Entries whose subject names the account (a notification id holds its recipient's) name
   * `marker` instead. @returns how many.
   */
  abstract anonymiseAccount(accountId: string, marker: string): Promise<number>;
  /** The entries that name the account in their subject, oldest first (its export). */
  abstract naming(accountId: string): Promise<TimelineEntry[]>;
  /** `notification.failed` and `notification.dead` since `since`, by channel. */
  abstract deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]>;
}
