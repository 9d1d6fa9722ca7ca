import type { EventEnvelope, FailureStatus } from '@pollen/contracts';
import type { AggregateWriter, PageCursor } from '@pollen/platform/mongo';

import type { Delivery } from '../domain/delivery';

/** The port use cases read and write deliveries through; DeliveryRepository is the MongoDB adapter. */
export abstract class DeliveryStore implements AggregateWriter<Delivery> {
  /** Stores a new delivery with no event. @returns false when it was already there (a redelivered event). */
  abstract add(delivery: Delivery): Promise<boolean>;
  abstract findById(id: string): Promise<Delivery | null>;
  /** Replaces the delivery, with its events, if it is still at `expectedVersion`; false otherwise. */
  abstract update(next: Delivery, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** Moves a delivery still untried at `version` to `until`, changing nothing else. */
  abstract postpone(id: string, version: number, until: Date): Promise<void>;
  /** Pending or failed deliveries due at `now`, the longest waiting first. */
  abstract due(now: Date, limit: number): Promise<Delivery[]>;
  /** Failed or dead deliveries, the last failure first, after the cursor's position. */
  abstract failures(query: { status?: FailureStatus; after?: PageCursor; limit: number }): Promise<Delivery[]>;
  /** Claims attempt `attempt` of a delivery. @returns false when it was already claimed (by anyone). */
  abstract claimAttempt(deliveryId: string, attempt: number, at: Date): Promise<boolean>;
  /** When a claimed attempt started; null if it was never claimed. */
  abstract attemptStartedAt(deliveryId: string, attempt: number): Promise<Date | null>;
}
