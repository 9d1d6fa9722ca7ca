import { Injectable } from '@nestjs/common';
import type { Actor } from '@pollen/contracts';

import { WebhookNotFound } from '../../errors';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';

export interface DeleteWebhookCommand {
  actor: Actor;
  webhookId: string;
}

/** The owner deletes one of their endpoints: nothing more is sent to it. */
@Injectable()
export class DeleteWebhook {
  constructor(private readonly endpoints: WebhookEndpointStore) {}

  async execute(command: DeleteWebhookCommand): Promise<void> {
    const endpoint = await this.endpoints.findById(command.webhookId);
    // Another's endpoint is answered as none: its id tells nothing, operators included.
    if (endpoint?.ownerId !== command.actor.id) throw new WebhookNotFound(command.webhookId);
    await this.endpoints.remove(endpoint.id);
  }
}
