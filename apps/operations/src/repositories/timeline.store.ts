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
  /** `notification.failed` and `notification.dead` since `since`, by channel. */
  abstract deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]>;
}
