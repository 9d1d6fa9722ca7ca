import { NOTIFICATION_CHANNELS, type NotificationChannel } from '@pollen/contracts';
import type { PageCursor } from '@pollen/platform/mongo';

import type { TimelineEntry } from '../domain/timeline-entry';

/** The channels the delivery log reports on: in-app items are stored, never sent. */
export const LOGGED_CHANNELS = NOTIFICATION_CHANNELS.filter((channel) => channel !== 'in-app');

/** Failed attempts and given-up deliveries of one channel. */
export interface DeliveryFailureCount {
  channel: NotificationChannel;
  failedAttempts: number;
  givenUp: number;
}

/** The port the timeline is kept through; TimelineRepository is the MongoDB adapter. */
export abstract class TimelineStore {
  /** @returns false when the event was indexed already (a redelivery). */
  abstract add(entry: TimelineEntry): Promise<boolean>;
  /** One application's entries, oldest first, after `after`. */
  abstract page(applicationId: string, query: { after?: PageCursor; limit: number }): Promise<TimelineEntry[]>;
  /** Entries of deliveries to the account lose it (see withoutAccount). @returns how many. */
  abstract anonymiseAccount(accountId: string, marker: string): Promise<number>;
  /** The entries of deliveries to the account, oldest first (its export). */
  abstract naming(accountId: string): Promise<TimelineEntry[]>;
  /** Deletes the entries about no application (delivery failures) that happened before `before`. @returns how many. */
  abstract removeUnattachedBefore(before: Date): Promise<number>;
  /** `notification.failed` (attempts) and `notification.dead` (deliveries) since `since`, by logged channel. */
  abstract deliveryFailuresSince(since: Date): Promise<DeliveryFailureCount[]>;
}
