import { Injectable, Logger } from '@nestjs/common';

import { NotificationsConfig } from '../../config/notifications.config';
import { DeliveryStore } from '../../repositories/delivery.store';
import { DigestStore } from '../../repositories/digest.store';
import { NotificationStore } from '../../repositories/notification.store';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/**
 * Keeps notifications' records only as long as they serve (RGPD art. 5(1)(e)): e-mails sent or
 * given up, and their attempts, after DELIVERY_RETENTION_DAYS; webhook calls after
 * WEBHOOK_DELIVERY_RETENTION_DAYS; read inbox items after INBOX_READ_RETENTION_DAYS (unread ones
 * wait for their reader); entries a digest listed after DIGEST_RETENTION_DAYS. No law asks to keep
 * any of them longer.
 */
@Injectable()
export class SweepExpiredNotifications {
  private readonly logger = new Logger(SweepExpiredNotifications.name);

  constructor(
    private readonly inbox: NotificationStore,
    private readonly deliveries: DeliveryStore,
    private readonly digests: DigestStore,
    private readonly config: NotificationsConfig,
  ) {}

  /** One pass; the next comes at the next poll (deleting what expired since is never urgent). */
  async runDue(now = new Date()): Promise<boolean> {
    const deleted = {
      emails: await this.deliveries.removeEndedBefore('e-mail', daysBefore(now, this.config.DELIVERY_RETENTION_DAYS)),
      webhookCalls: await this.deliveries.removeEndedBefore(
        'webhook',
        daysBefore(now, this.config.WEBHOOK_DELIVERY_RETENTION_DAYS),
      ),
      attempts: await this.deliveries.removeAttemptsBefore(
        daysBefore(now, Math.max(this.config.DELIVERY_RETENTION_DAYS, this.config.WEBHOOK_DELIVERY_RETENTION_DAYS)),
      ),
      inboxItems: await this.inbox.removeReadBefore(daysBefore(now, this.config.INBOX_READ_RETENTION_DAYS)),
      digestEntries: await this.digests.removeDigestedBefore(daysBefore(now, this.config.DIGEST_RETENTION_DAYS)),
    };
    if (Object.values(deleted).some((count) => count > 0)) this.logger.log(deleted, 'expired records deleted');
    return false;
  }
}
