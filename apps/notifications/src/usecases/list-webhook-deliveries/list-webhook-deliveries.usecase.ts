import { Injectable } from '@nestjs/common';
import type { Actor, WebhookDeliveriesRequest, WebhookDeliveryPageView, WebhookDeliveryView } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import type { Delivery, WebhookCall } from '../../domain/delivery';
import { webhookIdOf } from '../../domain/webhook-endpoint';
import { WebhookNotFound } from '../../errors';
import { DeliveryStore } from '../../repositories/delivery.store';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';

export interface ListWebhookDeliveriesCommand extends WebhookDeliveriesRequest {
  actor: Actor;
}

const DEFAULT_LIMIT = 20;

/** The calls of one of the owner's endpoints, the newest first: what the receiver saw, and what failed. */
@Injectable()
export class ListWebhookDeliveries {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly deliveries: DeliveryStore,
  ) {}

  async execute(command: ListWebhookDeliveriesCommand): Promise<WebhookDeliveryPageView> {
    const endpoint = await this.endpoints.findById(command.webhookId);
    if (endpoint?.ownerId !== command.actor.id) throw new WebhookNotFound(command.webhookId);
    const limit = command.limit ?? DEFAULT_LIMIT;
    const after = command.cursor ? decodeCursor(command.cursor) : undefined;
    const found = await this.deliveries.ofEndpoint(endpoint.id, after, limit + 1);
    const { items, nextCursor } = page(found, limit, (delivery) => delivery.createdAt);
    return { items: items.map(toWebhookDeliveryView), nextCursor };
  }
}

/** Its id is the `webhook-id` the receiver got, so the owner can find the call in their own logs. */
function toWebhookDeliveryView(delivery: Delivery): WebhookDeliveryView {
  // ofEndpoint finds webhook calls only: each has its call.
  const call = delivery.webhook as WebhookCall;
  return {
    id: webhookIdOf(delivery.id),
    type: call.body.type,
    status: delivery.status,
    attempts: delivery.attempts,
    lastError: delivery.lastError ?? null,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
