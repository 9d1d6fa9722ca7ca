import { Injectable, Logger } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { INTERRUPTED, leaseEnd } from '../../delivery/attempt-lease';
import { inDeliveryScope } from '../../delivery/delivery-scope';
import {
  abandon,
  type AttemptOutcome,
  type Delivery,
  type DeliveryChange,
  recordAttempt,
  type RetryPolicy,
  type WebhookCall,
} from '../../domain/delivery';
import {
  afterFailure,
  afterSuccess,
  signingSecrets,
  type WebhookEndpoint,
  webhookIdOf,
} from '../../domain/webhook-endpoint';
import { delivered } from '../../metrics';
import { DeliveryStore } from '../../repositories/delivery.store';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';
import { signatureHeaders } from '../../webhooks/transport/standard-webhooks';
import { postWebhook } from '../../webhooks/transport/webhook-client';
import { WebhookSecrets } from '../../webhooks/webhook-secrets';
import { WebhookTargets } from '../../webhooks/webhook-targets';
import { TellAboutWebhook } from '../tell-about-webhook/tell-about-webhook.usecase';

/** Calls looked up per pass. */
const BATCH = 32;
/** Calls under way at once, over every endpoint. */
const MOST_IN_FLIGHT = 32;
/** Calls under way at once to one endpoint: a receiver is not flooded, and one slow one holds few slots. */
const MOST_PER_ENDPOINT = 4;

/**
 * Calls webhook endpoints: a few calls at a time per endpoint, endpoints side by side, each call
 * started without waiting for the others, so a slow or failing endpoint never holds back the rest.
 * Each attempt is claimed first (two replicas never make the same one), re-checked against the
 * address guard, signed with the endpoint's current secrets, and recorded with its event; the
 * endpoint's failing streak is kept, and after WEBHOOK_DISABLE_AFTER_MS it is disabled and its
 * owner told.
 */
@Injectable()
export class DispatchWebhooks {
  private readonly logger = new Logger(DispatchWebhooks.name);
  /** How many calls are under way here, per endpoint. */
  private readonly busy = new Map<string, number>();
  /** The deliveries whose call is under way here: still due until recorded. */
  private readonly calling = new Set<string>();
  private readonly underWay = new Set<Promise<void>>();
  private ended: () => void = () => undefined;

  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly endpoints: WebhookEndpointStore,
    private readonly targets: WebhookTargets,
    private readonly secrets: WebhookSecrets,
    private readonly tell: TellAboutWebhook,
    private readonly config: NotificationsConfig,
  ) {}

  /**
   * Called after each call, recorded or not (or given up): the endpoint's next one may be due. Not
   * for a call another replica is making: it is still due here, and a pass at once would spin on it.
   */
  onCallEnded(listener: () => void): void {
    this.ended = listener;
  }

  /** Resolves once the calls under way are recorded. */
  async callsUnderWay(): Promise<void> {
    await Promise.allSettled([...this.underWay]);
  }

  /** Starts the calls due at `now` to endpoints with room. @returns whether more may be due at once. */
  async startDue(now = new Date(), stopping: () => boolean = () => false): Promise<boolean> {
    const room = MOST_IN_FLIGHT - this.underWay.size;
    if (room <= 0) return false;
    const full = [...this.busy].filter(([, calls]) => calls >= MOST_PER_ENDPOINT).map(([endpointId]) => endpointId);
    const due = await this.deliveries.due('webhook', now, Math.min(BATCH, room), full);
    let started = 0;
    for (const delivery of due) {
      const { webhook } = delivery;
      if (stopping() || started >= room || !webhook || this.calling.has(delivery.id)) continue;
      const { endpointId } = webhook;
      const calls = this.busy.get(endpointId) ?? 0;
      if (calls >= MOST_PER_ENDPOINT) continue;
      this.busy.set(endpointId, calls + 1);
      this.calling.add(delivery.id);
      const call: Promise<void> = inDeliveryScope(delivery, () => this.attempt(delivery, webhook, now))
        .catch((error: Error) => {
          this.logger.warn({ deliveryId: delivery.id, err: error.message }, 'webhook call not recorded');
          return true;
        })
        .then((ended) => {
          const left = (this.busy.get(endpointId) ?? 1) - 1;
          if (left > 0) this.busy.set(endpointId, left);
          else this.busy.delete(endpointId);
          this.calling.delete(delivery.id);
          this.underWay.delete(call);
          if (ended) this.ended();
        });
      this.underWay.add(call);
      started += 1;
    }
    // More than an endpoint takes at once leave the rest for the passes after its calls end.
    return started > 0 && due.length === Math.min(BATCH, room);
  }

  /** @returns whether the call ended here (false: another replica is making it, it is still due). */
  private async attempt(delivery: Delivery, webhook: WebhookCall, now: Date): Promise<boolean> {
    const endpoint = await this.endpoints.findById(webhook.endpointId);
    if (!endpoint) {
      await this.record(delivery, abandon(delivery, 'endpoint-deleted: its owner deleted the endpoint', now));
      return true;
    }
    if (endpoint.status === 'disabled') {
      await this.record(delivery, abandon(delivery, 'endpoint-disabled: it failed every call for too long', now));
      // Told once (the notice's id comes from the streak), even if the first telling failed.
      await this.tell.disabled(endpoint, delivery.lastError ?? '');
      return true;
    }
    const attempt = delivery.attempts + 1;
    if (!(await this.deliveries.claimAttempt(delivery.id, attempt, new Date()))) {
      const until = await leaseEnd(this.deliveries, delivery.id, attempt, this.leaseMs());
      if (!until) return false;
      if (until.getTime() > now.getTime()) {
        // Under way elsewhere: not due before its lease runs out, so it does not crowd each pass.
        await this.deliveries.deferUntil(delivery.id, delivery.version, until);
        return false;
      }
      const interrupted: AttemptOutcome = { result: 'failed', error: INTERRUPTED, cause: 'refused' };
      await this.record(delivery, recordAttempt(delivery, attempt, interrupted, this.policy(), now));
      return true;
    }
    const outcome = await this.call(delivery.id, webhook, endpoint);
    // The outcome at the clock's time: a call may take WEBHOOK_TIMEOUT_MS.
    const at = new Date();
    if (await this.record(delivery, recordAttempt(delivery, attempt, outcome, this.policy(), at))) {
      await this.keepStreak(endpoint, outcome, at);
    }
    return true;
  }

  private async call(deliveryId: string, { body }: WebhookCall, endpoint: WebhookEndpoint): Promise<AttemptOutcome> {
    try {
      const target = await this.targets.resolve(endpoint.url);
      const json = JSON.stringify(body);
      const secrets = signingSecrets(endpoint, new Date()).map((sealed) => this.secrets.open(sealed));
      const headers = signatureHeaders({ id: webhookIdOf(deliveryId), timestamp: new Date(), body: json }, secrets);
      await postWebhook(
        target,
        new URL(endpoint.url),
        json,
        { ...headers },
        { timeoutMs: this.config.WEBHOOK_TIMEOUT_MS },
      );
      return { result: 'sent', subject: body.type };
    } catch (error) {
      // Every failure is the endpoint's to fix: each counts towards the last attempt.
      return { result: 'failed', error: (error as Error).message, cause: 'refused', subject: body.type };
    }
  }

  /**
   * The endpoint's failing streak, written on the version read (a rotation meanwhile makes it read
   * again, never erased); the failure that disables it tells its owner.
   */
  private async keepStreak(endpoint: WebhookEndpoint, outcome: AttemptOutcome, at: Date): Promise<void> {
    for (let tries = 0; tries < 3; tries += 1) {
      const current = tries === 0 ? endpoint : await this.endpoints.findById(endpoint.id);
      if (!current) return;
      if (outcome.result === 'sent') {
        if (current.failingSince === null) return;
        if (await this.endpoints.update(afterSuccess(current), current.version)) return;
        continue;
      }
      const { endpoint: next, disabledNow } = afterFailure(current, at, this.config.WEBHOOK_DISABLE_AFTER_MS);
      if (!(await this.endpoints.update(next, current.version))) continue;
      if (disabledNow) await this.tell.disabled(next, outcome.error);
      return;
    }
  }

  /** @returns whether it was recorded (false: another pass or replica recorded this attempt). */
  private async record(delivery: Delivery, change: DeliveryChange): Promise<boolean> {
    const { next } = change;
    if (!(await this.deliveries.update(next, delivery.version, change.events))) return false;
    delivered.inc({ channel: next.channel, kind: next.kind, status: next.status });
    if (next.status !== 'sent') {
      this.logger.warn({ deliveryId: next.id, status: next.status, error: next.lastError }, 'webhook call failed');
    }
    return true;
  }

  private leaseMs(): number {
    return this.config.WEBHOOK_TIMEOUT_MS * 6;
  }

  private policy(): RetryPolicy {
    const baseMs = this.config.WEBHOOK_RETRY_BASE_MS;
    return {
      maxAttempts: this.config.WEBHOOK_MAX_ATTEMPTS,
      baseMs,
      maxMs: baseMs * 2 ** (this.config.WEBHOOK_MAX_ATTEMPTS - 1),
      jitter: 0.2,
    };
  }
}
