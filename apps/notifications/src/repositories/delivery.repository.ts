import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FailureStatus } from '@pollen/contracts';
import {
  type AggregateDocument,
  type AggregateFilter,
  AggregateRepository,
  insertOnce,
  OutboxRelay,
  type PageCursor,
} from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { Delivery } from '../domain/delivery';
import { DELIVERY_ATTEMPT_MODEL, DELIVERY_MODEL } from '../schemas/delivery.schema';
import type { DeliveryStore } from './delivery.store';

interface AttemptDocument {
  _id: string;
  deliveryId: string;
  startedAt: Date;
}

const attemptId = (deliveryId: string, attempt: number) => `${deliveryId}#${attempt}`;

/** The delivery's dedupe key was taken: its event had been handled. */
class DeliveryExists extends Error {}

/** The only code that touches the deliveries and delivery_attempts collections; the base does the writes. */
@Injectable()
export class DeliveryRepository extends AggregateRepository<Delivery> implements DeliveryStore {
  constructor(
    @InjectModel(DELIVERY_MODEL) model: Model<AggregateDocument>,
    relay: OutboxRelay,
    @InjectModel(DELIVERY_ATTEMPT_MODEL) private readonly attempts: Model<AttemptDocument>,
  ) {
    super(model, relay);
  }

  protected async conflictOf(delivery: Delivery): Promise<Error> {
    return new DeliveryExists(delivery.id);
  }

  async add(delivery: Delivery): Promise<boolean> {
    try {
      await this.insert(delivery, []);
      return true;
    } catch (error) {
      // The _id is the dedupe key and the one unique index: the event was delivered again.
      if (error instanceof DeliveryExists) return false;
      throw error;
    }
  }

  async postpone(id: string, version: number, until: Date): Promise<void> {
    await this.relay.mutex.run(id, () =>
      this.model.updateOne(
        { _id: { $eq: id }, version: { $eq: version }, status: 'pending', attempts: 0 },
        { $set: { nextAttemptAt: until } },
      ),
    );
  }

  async deferUntil(id: string, version: number, until: Date): Promise<void> {
    await this.relay.mutex.run(id, () =>
      this.model.updateOne({ _id: { $eq: id }, version: { $eq: version } }, { $set: { nextAttemptAt: until } }),
    );
  }

  due(channel: Delivery['channel'], now: Date, limit: number, busy: string[] = []): Promise<Delivery[]> {
    return this.findMany(
      {
        channel: { $eq: channel },
        status: { $in: ['pending', 'failed'] },
        nextAttemptAt: { $lte: now },
        ...(busy.length > 0 ? { 'webhook.endpointId': { $nin: busy } } : {}),
      },
      { nextAttemptAt: 1, _id: 1 },
      limit,
    );
  }

  failures({ status, after, limit }: { status?: FailureStatus; after?: PageCursor; limit: number }) {
    const filter: AggregateFilter = { status: status ? { $eq: status } : { $in: ['failed', 'dead'] } };
    if (after) {
      filter['$or'] = [
        { lastAttemptAt: { $lt: after.at } },
        { lastAttemptAt: { $eq: after.at }, _id: { $gt: after.id } },
      ];
    }
    return this.findMany(filter, { lastAttemptAt: -1, _id: 1 }, limit);
  }

  claimAttempt(deliveryId: string, attempt: number, at: Date): Promise<boolean> {
    return insertOnce(this.attempts, attemptId(deliveryId, attempt), { deliveryId, startedAt: at });
  }

  async attemptStartedAt(deliveryId: string, attempt: number): Promise<Date | null> {
    return (await this.attempts.findById(attemptId(deliveryId, attempt)).lean())?.startedAt ?? null;
  }

  async ofEvents(recipientId: string, eventIds: string[]): Promise<Delivery[]> {
    if (eventIds.length === 0) return [];
    // No limit (0): one e-mail and at most one call per endpoint of the recipient for each event.
    return this.findMany(
      { recipientId: { $eq: recipientId }, sourceEventId: { $in: eventIds } },
      { sourceEventId: 1, _id: 1 },
      0,
    );
  }

  ofEndpoint(endpointId: string, after: PageCursor | undefined, limit: number): Promise<Delivery[]> {
    const filter: AggregateFilter = { channel: { $eq: 'webhook' }, 'webhook.endpointId': { $eq: endpointId } };
    if (after) {
      filter['$or'] = [{ createdAt: { $lt: after.at } }, { createdAt: { $eq: after.at }, _id: { $gt: after.id } }];
    }
    return this.findMany(filter, { createdAt: -1, _id: 1 }, limit);
  }

  ofRecipient(recipientId: string, limit: number): Promise<Delivery[]> {
    return this.findMany({ recipientId: { $eq: recipientId } }, { createdAt: -1, _id: 1 }, limit);
  }

  async removeOf(recipientId: string): Promise<number> {
    return this.removeWhere({ recipientId: { $eq: recipientId } });
  }

  async matchesNamed(recipientId: string, applicationIds: string[]): Promise<string[]> {
    const found = await this.model
      .find(
        { $or: [{ recipientId: { $eq: recipientId } }, { applicationId: { $in: applicationIds } }] },
        { 'message.variables.matchId': 1 },
      )
      .lean();
    const matchIds = found.map(
      (document) => (document['message'] as { variables?: { matchId?: unknown } })?.variables?.matchId,
    );
    return [...new Set(matchIds.filter((id): id is string => typeof id === 'string'))];
  }

  naming(accountId: string, applicationIds: string[], matchIds: string[]): Promise<Delivery[]> {
    return this.findMany(
      {
        recipientId: { $ne: accountId },
        $or: [
          { mentions: { $eq: accountId } },
          { applicationId: { $in: applicationIds } },
          { 'message.variables.matchId': { $in: matchIds } },
        ],
      },
      { createdAt: 1, _id: 1 },
      0,
    );
  }

  removeEndedBefore(channel: Delivery['channel'], before: Date): Promise<number> {
    return this.removeWhere({
      channel: { $eq: channel },
      status: { $in: ['sent', 'dead'] },
      createdAt: { $lt: before },
    });
  }

  async removeAttemptsBefore(before: Date): Promise<number> {
    return (await this.attempts.deleteMany({ startedAt: { $lt: before } })).deletedCount;
  }

  /** Deletes the deliveries matched, each under its lock, with their attempt claims. */
  private async removeWhere(filter: AggregateFilter): Promise<number> {
    const ids = (await this.model.find(filter, { _id: 1 }).lean()).map((document) => document._id);
    for (const id of ids) {
      await this.relay.mutex.run(id, () => this.model.deleteOne({ _id: { $eq: id } }));
      await this.attempts.deleteMany({ deliveryId: { $eq: id } });
    }
    return ids.length;
  }
}
