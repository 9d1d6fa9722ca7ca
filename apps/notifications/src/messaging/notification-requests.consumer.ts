import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import { ListNotifications } from '../usecases';

/** Requests from the gateway about the caller's notifications, keyed by recipient. */
@Controller()
export class NotificationRequestsConsumer extends RequestConsumer(Topics.notificationRequests) {
  constructor(private readonly listNotifications: ListNotifications) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.notificationRequests.name> = {
    'notifications.list-mine': (request) =>
      this.listNotifications.execute({ actor: request.actor, locale: request.locale }),
  };
}
