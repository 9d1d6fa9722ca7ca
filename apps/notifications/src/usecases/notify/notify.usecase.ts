import { Injectable } from '@nestjs/common';
import { CATEGORY_OF_KIND, CRITICAL_CATEGORIES, WEBHOOK_EVENTS } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import { ErasureLog } from '@pollen/platform/mongo';

import { NotificationsConfig } from '../../config/notifications.config';
import { NewDeliveries } from '../../delivery/new-deliveries';
import { newEmail, newWebhookCall } from '../../domain/delivery';
import { inAppNotification } from '../../domain/notification';
import { allows, digestsDeals, type NotificationPreferences } from '../../domain/preferences';
import type { MessageOf } from '../../messages/message-kinds';
import { renderSummary } from '../../messages/render-message';
import { notified } from '../../metrics';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DigestStore } from '../../repositories/digest.store';
import { NotificationStore } from '../../repositories/notification.store';
import { PreferencesStore } from '../../repositories/preferences.store';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';
import { type PublicEvent, webhookBodyOf } from '../../webhooks/public-event';

/** The correlation of the event being handled (the consumer's scope): its deliveries keep it. */
const causeCorrelation = (): string | undefined => Correlation.current()?.correlationId;

/** One notice an event calls for, to one person, on every channel their preferences allow. */
export interface NotificationOrder {
  recipientId: string;
  /** The application it is about, when there is one: the delivery log names it. */
  applicationId?: string;
  /** What the inbox item is about; the application, else the recipient's own account. */
  subject?: string;
  message: MessageOf;
  /** The other accounts the message names: their erasure anonymises what it left here. */
  mentions?: string[];
  /** What the recipient's (and operators') endpoints receive, for the kinds that are public webhook events. */
  publicEvent?: PublicEvent;
}

export interface NotifyCommand {
  /** The event that calls for them: with each recipient, the dedupe key. */
  eventId: string;
  occurredAt: string;
  /** Asked only for an event recent enough to tell: the facts they need may never come for an old one. */
  orders: () => NotificationOrder[] | Promise<NotificationOrder[]>;
  /**
   * The accounts the event is about, when its orders need facts an erasure deletes (a name, a
   * contact): with one of them erased, nobody is told, and the facts are not waited for.
   */
  concerns?: string[];
}

/**
 * Tells people what an event calls for, once each however often the event comes: an inbox item,
 * an e-mail (or a line in the day's digest) and calls to webhook endpoints, each where the
 * recipient's preferences allow (critical categories go out on every channel). An event older than
 * MAIL_STALE_AFTER_MS tells no one: a consumer group that starts from a topic's beginning must not
 * notify everyone about the past. Nobody erased is told, nor told about: the event may have been
 * in flight on another topic when the erasure ran, and a notice to or naming the account would
 * bring back what the erasure deleted or anonymised.
 */
@Injectable()
export class Notify {
  constructor(
    private readonly preferences: PreferencesStore,
    private readonly inbox: NotificationStore,
    private readonly deliveries: DeliveryStore,
    private readonly digests: DigestStore,
    private readonly endpoints: WebhookEndpointStore,
    private readonly added: NewDeliveries,
    private readonly config: NotificationsConfig,
    private readonly erasures: ErasureLog,
  ) {}

  /** @returns how many notices were new, over every channel. */
  async execute({ eventId, occurredAt, orders, concerns }: NotifyCommand, now = new Date()): Promise<number> {
    if (now.getTime() - new Date(occurredAt).getTime() > this.config.MAIL_STALE_AFTER_MS) {
      notified.inc({ channel: 'e-mail', outcome: 'stale' });
      return 0;
    }
    if (concerns && (await this.erasures.erasedAmong(concerns)).size > 0) return 0;
    const created = { 'in-app': 0, 'e-mail': 0, digest: 0, webhook: 0 };
    for (const order of await this.withoutErased(await orders())) {
      const preferences = await this.preferences.of(order.recipientId);
      created['in-app'] += await this.inApp(eventId, order, preferences, now);
      const mail = await this.email(eventId, order, preferences, now);
      created[mail.channel] += mail.added;
      created.webhook += await this.webhooks(eventId, occurredAt, order, preferences, now);
    }
    // A digest entry is no delivery: the digest clock sends it, the mail dispatcher has nothing new.
    if (created['e-mail'] > 0) this.added.added('e-mail');
    if (created.webhook > 0) this.added.added('webhook');
    return created['in-app'] + created['e-mail'] + created.digest + created.webhook;
  }

  /** The orders to, or naming, no erased account: one look in the erasure log for the event. */
  private async withoutErased(orders: NotificationOrder[]): Promise<NotificationOrder[]> {
    const concerned = (order: NotificationOrder) => [order.recipientId, ...(order.mentions ?? [])];
    const erased = await this.erasures.erasedAmong(orders.flatMap(concerned));
    return orders.filter((order) => !concerned(order).some((accountId) => erased.has(accountId)));
  }

  private async inApp(eventId: string, order: NotificationOrder, preferences: NotificationPreferences, now: Date) {
    const { kind } = order.message;
    if (!allows(preferences, kind, 'in-app')) return 0;
    const category = CATEGORY_OF_KIND[kind];
    const fr = renderSummary(order.message, 'fr');
    const en = renderSummary(order.message, 'en');
    const notification = inAppNotification(
      {
        eventId,
        recipientId: order.recipientId,
        subject: order.subject ?? order.applicationId ?? order.recipientId,
        mentions: order.mentions,
      },
      {
        category,
        critical: CRITICAL_CATEGORIES.includes(category),
        title: { fr: fr.title, en: en.title },
        body: { fr: fr.body, en: en.body },
      },
      now,
    );
    return this.counted('in-app', await this.inbox.insert(notification));
  }

  /** @returns whether it was added, and to what: an e-mail of its own or the day's digest. */
  private async email(
    eventId: string,
    order: NotificationOrder,
    preferences: NotificationPreferences,
    now: Date,
  ): Promise<{ channel: 'e-mail' | 'digest'; added: number }> {
    const { recipientId, applicationId, message, mentions } = order;
    if (!allows(preferences, message.kind, 'e-mail')) return { channel: 'e-mail', added: 0 };
    if (message.kind === 'match-proposed' && digestsDeals(preferences, message.kind)) {
      const { matchId, organisation, project, amount, instrument, score } = message.variables;
      const match = { matchId, organisation, project, amount, instrument, score };
      const entry = {
        id: `${eventId}:${recipientId}`,
        recipientId,
        match,
        ...(mentions?.length ? { mentions } : {}),
        createdAt: now,
        digestId: null,
      };
      return { channel: 'digest', added: this.counted('digest', await this.digests.add(entry)) };
    }
    const email = newEmail(
      { eventId, correlationId: causeCorrelation(), recipientId, applicationId, mentions },
      message,
      now,
    );
    return { channel: 'e-mail', added: this.counted('e-mail', await this.deliveries.add(email)) };
  }

  /** The recipient's endpoints, and operators' (they receive every public event they subscribed to). */
  private async webhooks(
    eventId: string,
    occurredAt: string,
    order: NotificationOrder,
    preferences: NotificationPreferences,
    now: Date,
  ) {
    if (!order.publicEvent) return 0;
    const { kind } = order.message;
    // The catalogue says which notice each public event goes out with: an order saying otherwise is a bug.
    if (WEBHOOK_EVENTS[order.publicEvent.type].kind !== kind) {
      throw new Error(`${order.publicEvent.type} does not go out with ${kind} (WEBHOOK_EVENTS)`);
    }
    let created = 0;
    for (const endpoint of await this.endpoints.forEvent(order.publicEvent.type, order.recipientId)) {
      const own = endpoint.ownerId === order.recipientId;
      const ownerPreferences = own ? preferences : await this.preferences.of(endpoint.ownerId);
      if (!allows(ownerPreferences, kind, 'webhook')) continue;
      // One call per event and endpoint: both sides of an introduction are one event to an operator.
      const call = newWebhookCall(
        {
          eventId,
          correlationId: causeCorrelation(),
          ownerId: endpoint.ownerId,
          applicationId: order.applicationId,
          mentions: order.mentions,
        },
        order.message,
        { endpointId: endpoint.id, body: webhookBodyOf(order.publicEvent, occurredAt) },
        now,
      );
      created += this.counted('webhook', await this.deliveries.add(call));
    }
    return created;
  }

  private counted(channel: 'in-app' | 'e-mail' | 'webhook' | 'digest', added: boolean): number {
    notified.inc({ channel, outcome: added ? 'created' : 'duplicate' });
    return added ? 1 : 0;
  }
}
