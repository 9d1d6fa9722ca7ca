import { Injectable } from '@nestjs/common';
import type { Actor, WebhookWithSealedSecretView } from '@pollen/contracts';
import { sealForReply } from '@pollen/platform/kafka';

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
  /** The asking gateway process's public key: the secret crosses Kafka sealed to it. */
  replyKey: string;
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

  async execute(command: RotateWebhookSecretCommand): Promise<WebhookWithSealedSecretView> {
    const secret = newWebhookSecret();
    // Sealed before anything is stored: a reply key that cannot be sealed to rotates nothing.
    const sealedSecret = sealForReply(command.replyKey, secret);
    const stored = this.secrets.seal(secret);
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const endpoint = await this.endpoints.findById(command.webhookId);
      if (endpoint?.ownerId !== command.actor.id) throw new WebhookNotFound(command.webhookId);
      const now = new Date();
      // A retry would otherwise push out the secret the receiver still uses, for one never shown.
      const made = secretMadeBy(endpoint, command.requestId);
      if (made) {
        return {
          ...toWebhookView(endpoint, now),
          sealedSecret: sealForReply(command.replyKey, this.secrets.open(made)),
        };
      }
      const next = rotated(endpoint, stored, now, this.config.WEBHOOK_SECRET_OVERLAP_MS, command.requestId);
      if (await this.endpoints.update(next, endpoint.version)) return { ...toWebhookView(next, now), sealedSecret };
    }
    throw new WebhookChangedConcurrently();
  }
}
