import { Injectable } from '@nestjs/common';
import type { PersonalDataSectionsView } from '@pollen/contracts';

import { NotificationsConfig } from '../../config/notifications.config';
import { toPreferencesView } from '../../domain/preferences';
import { toWebhookView } from '../../domain/webhook-endpoint';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DigestStore } from '../../repositories/digest.store';
import { DirectoryStore } from '../../repositories/directory.store';
import { NotificationStore } from '../../repositories/notification.store';
import { PreferencesStore } from '../../repositories/preferences.store';
import { WebhookEndpointStore } from '../../repositories/webhook-endpoint.store';

/** The recent deliveries an export lists: the retention sweep keeps about that many months anyway. */
const DELIVERIES_EXPORTED = 1000;

const iso = (at: Date | null | undefined) => at?.toISOString() ?? null;

/**
 * What notifications holds about the asking account (RGPD art. 15 and 20): its inbox as it reads
 * it, its preferences, its webhook endpoints as their views show them (never a secret), its recent
 * deliveries (kind, channel, status and dates: what they said is in the inbox), its digest entries,
 * and the contact the directory writes to it at.
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly inbox: NotificationStore,
    private readonly deliveries: DeliveryStore,
    private readonly digests: DigestStore,
    private readonly preferences: PreferencesStore,
    private readonly endpoints: WebhookEndpointStore,
    private readonly directory: DirectoryStore,
    private readonly config: NotificationsConfig,
  ) {}

  async execute({ accountId }: { accountId: string }): Promise<PersonalDataSectionsView> {
    const contact = await this.directory.recipient(accountId);
    const investor = await this.directory.investor(accountId);
    return {
      service: 'notifications',
      sections: {
        contact: contact
          ? { email: contact.email, displayName: contact.displayName, locale: contact.locale, role: contact.role }
          : null,
        // How others' messages name the account, when it is an investor.
        investorOrganisation: investor ? investor.organisation : null,
        inbox: (await this.inbox.allOf(accountId)).map((item) => ({
          id: item.id,
          category: item.category,
          critical: item.critical,
          title: item.title,
          body: item.body,
          status: item.status,
          readAt: iso(item.readAt),
          subject: item.subject,
          createdAt: iso(item.createdAt),
        })),
        preferences: toPreferencesView(await this.preferences.of(accountId), this.config.DIGEST_AT),
        webhooks: (await this.endpoints.listOwned(accountId)).map((endpoint) => toWebhookView(endpoint)),
        deliveries: (await this.deliveries.ofRecipient(accountId, DELIVERIES_EXPORTED)).map((delivery) => ({
          id: delivery.id,
          kind: delivery.kind,
          channel: delivery.channel,
          ...(delivery.webhook ? { endpointId: delivery.webhook.endpointId } : {}),
          status: delivery.status,
          attempts: delivery.attempts,
          createdAt: iso(delivery.createdAt),
          lastAttemptAt: iso(delivery.lastAttemptAt),
          sentAt: iso(delivery.sentAt),
        })),
        digestEntries: (await this.digests.allOf(accountId)).map((entry) => ({
          match: entry.match,
          createdAt: iso(entry.createdAt),
          listedIn: entry.digestId,
        })),
      },
    };
  }
}
