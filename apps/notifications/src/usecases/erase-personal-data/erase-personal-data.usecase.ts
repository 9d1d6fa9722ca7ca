import { Injectable } from '@nestjs/common';
import type { ErasedRecords, ErasureRequestedData } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';
import { ErasureLog } from '@pollen/platform/mongo';

import { abandon, type Delivery, DeliveryChange } from '../../domain/delivery';
import { anonymisedBody, anonymisedMessage, ERASED, ERASED_DELIVERY_ERROR, ERASED_NOTICE } from '../../domain/erasure';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DigestStore } from '../../repositories/digest.store';
import { DirectoryStore } from '../../repositories/directory.store';
import { NotificationStore } from '../../repositories/notification.store';
import { PreferencesStore } from '../../repositories/preferences.store';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';

/**
 * Erases what notifications holds about an account: its inbox, its deliveries (e-mails to it and
 * calls of its endpoints, with their attempts: the rendered subject and the message they kept), its
 * digest entries, preferences and endpoints, and its entries in the directory (contact,
 * applications, investor profile, introduction contacts). What other people were told about it is
 * anonymised: the inbox items, deliveries and digest entries that name it (recorded mentions, or
 * for older ones its applications and matches), and a delivery naming it that is still due is
 * never sent. Nothing is kept: no law asks notifications to. A mail in flight meanwhile finds its
 * delivery gone and writes nothing back (updates never insert). A second delivery of the event
 * finds nothing and is a duplicate.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly inbox: NotificationStore,
    private readonly deliveries: DeliveryStore,
    private readonly digests: DigestStore,
    private readonly preferences: PreferencesStore,
    private readonly endpoints: WebhookEndpointStore,
    private readonly directory: DirectoryStore,
    private readonly log: ErasureLog,
  ) {}

  async execute(command: { eventId: string; data: ErasureRequestedData }, now = new Date()): Promise<HandledAs> {
    const { accountId, erasureId } = command.data;
    // What names the account elsewhere is found from its own records: read them before they go.
    const applicationIds = await this.directory.applicationsOf(accountId);
    const ownEntries = await this.digests.allOf(accountId);
    const matchIds = [
      ...new Set([
        ...(await this.deliveries.matchesNamed(accountId, applicationIds)),
        ...ownEntries.map((entry) => entry.match.matchId),
      ]),
    ];

    // Others' records first: a retry after a crash still finds them from the account's own.
    const anonymised: ErasedRecords[] = [
      {
        what: "other people's inbox items naming the account",
        count: await this.inbox.anonymiseMentioning(accountId, [...applicationIds, ...matchIds], ERASED_NOTICE),
        how: 'anonymised',
      },
      {
        what: "other people's deliveries naming the account",
        count: await this.anonymiseDeliveries(accountId, applicationIds, matchIds, command.eventId, now),
        how: 'anonymised',
      },
      {
        what: "other people's digest entries naming the account",
        count: await this.digests.anonymiseMentioning(accountId, matchIds, ERASED),
        how: 'anonymised',
      },
    ];
    const endpoints = await this.endpoints.listOwned(accountId);
    for (const endpoint of endpoints) await this.endpoints.remove(endpoint.id);
    const deleted: ErasedRecords[] = [
      { what: 'inbox items', count: await this.inbox.removeOf(accountId), how: 'deleted' },
      {
        what: 'deliveries (e-mails, webhook calls) and their attempts',
        count: await this.deliveries.removeOf(accountId),
        how: 'deleted',
      },
      { what: 'digest entries', count: await this.digests.removeOf(accountId), how: 'deleted' },
      { what: 'notification preferences', count: Number(await this.preferences.remove(accountId)), how: 'deleted' },
      { what: 'webhook endpoints', count: endpoints.length, how: 'deleted' },
      {
        what: 'directory records (applications, investor profile, introduction contacts)',
        count: await this.directory.forgetAccount(accountId, applicationIds),
        how: 'deleted',
      },
      { what: 'directory contact', count: Number(await this.directory.forgetRecipient(accountId)), how: 'deleted' },
    ];
    const erased = [...deleted, ...anonymised];
    const completed = await this.log.completed(
      { erasureId, service: 'notifications', erased, kept: [] },
      { accountId, causationId: command.eventId },
    );
    return completed ? 'applied' : 'duplicate';
  }

  private async anonymiseDeliveries(
    accountId: string,
    applicationIds: string[],
    matchIds: string[],
    eventId: string,
    now: Date,
  ): Promise<number> {
    let count = 0;
    for (const found of await this.deliveries.naming(accountId, applicationIds, matchIds)) {
      for (let tries = 0; tries < 3; tries += 1) {
        const current = tries === 0 ? found : await this.deliveries.findById(found.id);
        if (!current) break;
        const change = this.anonymised(current, eventId, now);
        if (await this.deliveries.update(change.next, current.version, change.events)) {
          count += 1;
          break;
        }
      }
    }
    return count;
  }

  /** Still due: given up, never sent; sent or dead: the record stays, without the person. */
  private anonymised(delivery: Delivery, eventId: string, now: Date): DeliveryChange {
    const due = delivery.status === 'pending' || delivery.status === 'failed';
    const change = due ? abandon(delivery, ERASED_DELIVERY_ERROR, now) : new DeliveryChange(delivery, eventId, now);
    const next = change.next;
    next.message = anonymisedMessage(next.message);
    if (next.webhook) next.webhook = { ...next.webhook, body: anonymisedBody(next.webhook.body) };
    if (next.channel === 'e-mail' && next.subject) next.subject = ERASED;
    next.mentions = undefined;
    return change;
  }
}
