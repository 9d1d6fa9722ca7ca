import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { WebhookEventType } from '@pollen/contracts';
import { insertOnce, KeyedMutex } from '@pollen/platform/mongo';
import type { Model } from 'mongoose';

import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import { WEBHOOK_ENDPOINT_MODEL } from '../schemas/webhook-endpoint.schema';
import { WebhookEndpointStore } from './webhook-endpoint.store';

interface WebhookEndpointDocument extends Omit<WebhookEndpoint, 'id'> {
  _id: string;
}

const toEndpoint = ({ _id, ...fields }: WebhookEndpointDocument): WebhookEndpoint => ({ id: _id, ...fields });

/** The only code that touches the webhook_endpoints collection. */
@Injectable()
export class WebhookEndpointRepository extends WebhookEndpointStore {
  constructor(
    @InjectModel(WEBHOOK_ENDPOINT_MODEL) private readonly model: Model<WebhookEndpointDocument>,
    private readonly mutex: KeyedMutex,
  ) {
    super();
  }

  /** The _id taken: the same registration, retried. */
  add({ id, ...fields }: WebhookEndpoint): Promise<boolean> {
    return insertOnce(this.model, id, fields);
  }

  async findById(id: string): Promise<WebhookEndpoint | null> {
    const document = await this.model.findOne({ _id: { $eq: id } }).lean<WebhookEndpointDocument>();
    return document ? toEndpoint(document) : null;
  }

  async listOwned(ownerId: string): Promise<WebhookEndpoint[]> {
    const documents = await this.model
      .find({ ownerId: { $eq: ownerId } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<WebhookEndpointDocument[]>();
    return documents.map(toEndpoint);
  }

  countOwned(ownerId: string): Promise<number> {
    return this.model.countDocuments({ ownerId: { $eq: ownerId } });
  }

  async remove(id: string): Promise<void> {
    await this.model.deleteOne({ _id: { $eq: id } });
  }

  async update(endpoint: WebhookEndpoint, expectedVersion: number): Promise<boolean> {
    const { id, ...fields } = endpoint;
    // Compare-and-set on the version: the dispatcher's failure count and an owner's rotation may
    // cross, and neither may erase the other's change. FerretDB reads then writes: the mutex makes
    // the check and the write one step in this process (ADR 0004), as for every aggregate.
    const result = await this.mutex.run(id, () =>
      this.model.updateOne(
        { _id: { $eq: id }, version: { $eq: expectedVersion } },
        { $set: { ...fields, version: expectedVersion + 1 } },
      ),
    );
    return result.modifiedCount === 1;
  }

  async forEvent(type: WebhookEventType, recipientId: string): Promise<WebhookEndpoint[]> {
    const documents = await this.model
      .find({
        status: { $eq: 'active' },
        events: { $eq: type },
        $or: [{ ownerId: { $eq: recipientId } }, { ownerRole: { $eq: 'operator' } }],
      })
      .sort({ createdAt: 1, _id: 1 })
      .lean<WebhookEndpointDocument[]>();
    return documents.map(toEndpoint);
  }
}
