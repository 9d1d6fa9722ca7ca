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
  /**
   * Moves a delivery still at `version` to `until`, changing nothing else: an attempt another
   * replica is making is not due again before its lease runs out.
   */
  abstract deferUntil(id: string, version: number, until: Date): Promise<void>;
  /** Moves a delivery still untried at `version` to `until`, changing nothing else. */
  abstract postpone(id: string, version: number, until: Date): Promise<void>;
  /**
   * Pending or failed deliveries of `channel` due at `now`, the longest waiting first; webhook calls
   * to the `busy` endpoints (a call to them is under way) are left for a later pass.
   */
  abstract due(channel: Delivery['channel'], now: Date, limit: number, busy?: string[]): Promise<Delivery[]>;
  /** Failed or dead deliveries, the last failure first, after the cursor's position. */
  abstract failures(query: { status?: FailureStatus; after?: PageCursor; limit: number }): Promise<Delivery[]>;
  /** Claims attempt `attempt` of a delivery. @returns false when it was already claimed (by anyone). */
  abstract claimAttempt(deliveryId: string, attempt: number, at: Date): Promise<boolean>;
  /** When a claimed attempt started; null if it was never claimed. */
  abstract attemptStartedAt(deliveryId: string, attempt: number): Promise<Date | null>;
  /** The recipient's deliveries (e-mails and calls of their endpoints) of the given events, in one read. */
  abstract ofEvents(recipientId: string, eventIds: string[]): Promise<Delivery[]>;
  /** The calls of one endpoint, the newest first, after the cursor's position. */
  abstract ofEndpoint(endpointId: string, after: PageCursor | undefined, limit: number): Promise<Delivery[]>;
  /** The recipient's deliveries (e-mails to them, calls of their endpoints), the newest first, at most `limit`. */
  abstract ofRecipient(recipientId: string, limit: number): Promise<Delivery[]>;
  /** Deletes the recipient's deliveries and their attempts. @returns how many deliveries. */
  abstract removeOf(recipientId: string): Promise<number>;
  /** The matches the recipient's deliveries, or those about the applications, name. */
  abstract matchesNamed(recipientId: string, applicationIds: string[]): Promise<string[]>;
  /**
   * Other recipients' deliveries that name the account: by mention, or (made before mentions were
   * kept) about one of its applications or matches.
   */
  abstract naming(accountId: string, applicationIds: string[], matchIds: string[]): Promise<Delivery[]>;
  /** Deletes `channel`'s sent or dead deliveries created before `before`, and their attempts. @returns how many. */
  abstract removeEndedBefore(channel: Delivery['channel'], before: Date): Promise<number>;
  /** Deletes attempt claims started before `before`: long past any lease. @returns how many. */
  abstract removeAttemptsBefore(before: Date): Promise<number>;
}
