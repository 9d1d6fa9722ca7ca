import { Injectable } from '@nestjs/common';
import type { Actor, WebhookListView } from '@pollen/contracts';

import { toWebhookView } from '../../domain/webhook-endpoint';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';

export interface ListWebhooksCommand {
  actor: Actor;
}

/** The actor's own endpoints, the oldest first, without their secrets (operators too see only theirs). */
@Injectable()
export class ListWebhooks {
  constructor(private readonly endpoints: WebhookEndpointStore) {}

  async execute(command: ListWebhooksCommand): Promise<WebhookListView> {
    const now = new Date();
    const owned = await this.endpoints.listOwned(command.actor.id);
    return { items: owned.map((endpoint) => toWebhookView(endpoint, now)) };
  }
}
