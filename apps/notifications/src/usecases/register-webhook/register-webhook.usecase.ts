import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  type Actor,
  MAX_WEBHOOKS_PER_ACCOUNT,
  type Role,
  WEBHOOK_EVENTS,
  type WebhookEventType,
  type WebhookWithSealedSecretView,
} from '@pollen/contracts';
import { sealForReply } from '@pollen/platform/kafka';

import { newEndpoint, secretMadeBy, toWebhookView, type WebhookEndpoint } from '../../domain/webhook-endpoint';
import {
  TooManyWebhooks,
  WebhookChangedConcurrently,
  WebhookIdTaken,
  WebhookInvestorsAndOperatorsOnly,
} from '../../errors';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';
import { newWebhookSecret } from '../../webhooks/transport/standard-webhooks';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { WebhookTargets } from '../../webhooks/webhook-targets';
import type { RegisterWebhookCommand } from './register-webhook.command';

// The broader first: an investor who is also an operator registers as an operator, and then
// receives every event of the platform, their own included.
const SUBSCRIBING_ROLES: readonly Role[] = ['operator', 'investor'];

/**
 * The one role of the actor that may subscribe to every one of `events`: the endpoint keeps it,
 * and it decides whose events the endpoint receives.
 */
function subscribingRole(actor: Actor, events: WebhookEventType[]): Role {
  const role = SUBSCRIBING_ROLES.find(
    (candidate) =>
      actor.roles.includes(candidate) &&
      events.every((type) => (WEBHOOK_EVENTS[type].roles as readonly Role[]).includes(candidate)),
  );
  if (!role) throw new WebhookInvestorsAndOperatorsOnly();
  return role;
}

/** How long a registration retried with the same Idempotency-Key gets its secret again: the keys' lifetime. */
const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** An investor or operator registers an endpoint for public events; its signing secret is shown this once. */
@Injectable()
export class RegisterWebhook {
  constructor(
    private readonly endpoints: WebhookEndpointStore,
    private readonly targets: WebhookTargets,
    private readonly secrets: WebhookSecrets,
  ) {}

  async execute(command: RegisterWebhookCommand): Promise<WebhookWithSealedSecretView> {
    const { actor, webhook, replyKey } = command;
    const ownerRole = subscribingRole(actor, webhook.events);
    const id = command.webhookId ?? randomUUID();
    const existing = await this.endpoints.findById(id);
    if (existing) return this.replayed(existing, command);
    // Requests are keyed by the account: one owner's registrations run one at a time, so the
    // count cannot change between here and the insert.
    if ((await this.endpoints.countOwned(actor.id)) >= MAX_WEBHOOKS_PER_ACCOUNT) throw new TooManyWebhooks();
    await this.targets.check(webhook.url);

    const secret = newWebhookSecret();
    // Sealed before anything is stored: a reply key that cannot be sealed to leaves no endpoint behind.
    const sealedSecret = sealForReply(replyKey, secret);
    const endpoint = newEndpoint(
      { id, ownerId: actor.id, ownerRole, url: webhook.url, events: webhook.events },
      this.secrets.seal(secret),
      new Date(),
    );
    if (await this.endpoints.add(endpoint)) return { ...toWebhookView(endpoint), sealedSecret };
    // A copy of this request got there first: answer with its endpoint, unless it is gone already.
    const first = await this.endpoints.findById(id);
    if (!first) throw new WebhookChangedConcurrently();
    return this.replayed(first, command);
  }

  /**
   * The same registration retried after its answer was lost: answered as the first time, with the
   * secret, or the caller would hold an endpoint it cannot verify — while that secret is still the
   * current one and the retry comes within the gateway's idempotency window. Later, or once rotated,
   * the secret is not shown again. It is sealed to the retry's own reply key: the gateway process
   * that asked first may be gone.
   */
  private replayed(
    existing: WebhookEndpoint,
    { actor, replyKey }: RegisterWebhookCommand,
  ): WebhookWithSealedSecretView {
    if (existing.ownerId !== actor.id) throw new WebhookIdTaken();
    const sealed = secretMadeBy(existing, existing.id);
    if (!sealed || Date.now() - existing.createdAt.getTime() > RETRY_WINDOW_MS) throw new WebhookIdTaken();
    return { ...toWebhookView(existing), sealedSecret: sealForReply(replyKey, this.secrets.open(sealed)) };
  }
}
