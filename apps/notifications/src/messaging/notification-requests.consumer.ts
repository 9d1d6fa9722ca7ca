import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  DeleteWebhook,
  ExportPersonalData,
  GetNotificationPreferences,
  ListDeliveryFailures,
  ListNotifications,
  ListWebhookDeliveries,
  ListWebhooks,
  MarkAllNotificationsRead,
  MarkNotificationRead,
  RegisterWebhook,
  RotateWebhookSecret,
  SetNotificationPreferences,
} from '../usecases';

/**
 * Requests from the gateway: the caller's inbox, preferences and webhook endpoints, and (operators)
 * the deliveries that failed.
 */
@Controller()
export class NotificationRequestsConsumer extends RequestConsumer(Topics.notificationRequests) {
  constructor(
    private readonly listNotifications: ListNotifications,
    private readonly markRead: MarkNotificationRead,
    private readonly markAllRead: MarkAllNotificationsRead,
    private readonly getPreferences: GetNotificationPreferences,
    private readonly setPreferences: SetNotificationPreferences,
    private readonly registerWebhook: RegisterWebhook,
    private readonly listWebhooks: ListWebhooks,
    private readonly deleteWebhook: DeleteWebhook,
    private readonly rotateSecret: RotateWebhookSecret,
    private readonly listWebhookDeliveries: ListWebhookDeliveries,
    private readonly listFailures: ListDeliveryFailures,
    private readonly exportPersonalData: ExportPersonalData,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.notificationRequests.name> = {
    'notifications.list-mine': ({ data, actor, locale }) => this.listNotifications.execute({ ...data, actor, locale }),
    'notifications.mark-read': async ({ data, actor }) => {
      await this.markRead.execute({ ...data, actor });
      return {};
    },
    'notifications.mark-all-read': ({ actor }) => this.markAllRead.execute({ actor }),
    'notifications.get-preferences': ({ actor }) => this.getPreferences.execute({ actor }),
    'notifications.set-preferences': ({ data, actor }) => this.setPreferences.execute({ ...data, actor }),
    // The request's id names the endpoint: a retry with the same Idempotency-Key finds the first one.
    'webhooks.register': ({ id, data: { replyKey, ...webhook }, actor }) =>
      this.registerWebhook.execute({ webhook, replyKey, webhookId: id, actor }),
    'webhooks.list': ({ actor }) => this.listWebhooks.execute({ actor }),
    'webhooks.delete': async ({ data, actor }) => {
      await this.deleteWebhook.execute({ ...data, actor });
      return {};
    },
    // The request's id marks the new secret: a retry gets it again instead of rotating twice.
    'webhooks.rotate-secret': ({ id, data, actor }) => this.rotateSecret.execute({ ...data, requestId: id, actor }),
    'webhooks.list-deliveries': ({ data, actor }) => this.listWebhookDeliveries.execute({ ...data, actor }),
    'notifications.list-failures': ({ data, actor }) => this.listFailures.execute({ ...data, actor }),
    // The subject is the actor's own account: nobody exports another's.
    'notifications.export-personal-data': ({ actor }) => this.exportPersonalData.execute({ accountId: actor.id }),
  };
}
