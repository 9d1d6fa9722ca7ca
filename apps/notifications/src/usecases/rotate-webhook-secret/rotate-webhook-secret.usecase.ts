import { Injectable } from '@nestjs/common';
import type { Actor, WebhookWithSecretView } from '@pollen/contracts';

import { NotificationsConfig } from '../../config/notifications.config';
import { rotated, secretMadeBy, toWebhookView } from '../../domain/webhook-endpoint';
import { WebhookChangedConcurrently, WebhookNotFound } from '../../errors';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';
import { newWebhookSecret } from '../../webhooks/transport/standard-webhooks';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';

export interface RotateWebhookSecretCommand {
  actor: Actor;
  webhookId: string;
  /** The request's id: the same rotation retried gets the same secret, and rotates nothing more. */
  requestId: string;
}

// The dispatcher writes the endpoint after each failed call: a rotation that loses the race reads
// it again rather than failing the owner's request.
const MAX_TRIES = 3;

/**
 * A new secret for one of the owner's endpoints, shown this once. The one before keeps signing
 * beside it for WEBHOOK_SECRET_OVERLAP_MS, so the receiver can switch without losing a call.
 */
@Injectable()
export class RotateWebhookSecret {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly secrets: WebhookSecrets,
    private readonly config: NotificationsConfig,
  ) {}

  async execute(command: RotateWebhookSecretCommand): Promise<WebhookWithSecretView> {
    const secret = newWebhookSecret();
    const sealed = this.secrets.seal(secret);
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const endpoint = await this.endpoints.findById(command.webhookId);
      if (endpoint?.ownerId !== command.actor.id) throw new WebhookNotFound(command.webhookId);
      const now = new Date();
      // A retry would otherwise push out the secret the receiver still uses, for one never shown.
      const made = secretMadeBy(endpoint, command.requestId);
      if (made) return { ...toWebhookView(endpoint, now), secret: this.secrets.open(made) };
      const next = rotated(endpoint, sealed, now, this.config.WEBHOOK_SECRET_OVERLAP_MS, command.requestId);
      if (await this.endpoints.update(next, endpoint.version)) return { ...toWebhookView(next, now), secret };
    }
    throw new WebhookChangedConcurrently();
  }
}
