import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import { ListDeliveryFailures, ListNotifications } from '../usecases';

/** Requests from the gateway: the caller's notifications, and (operators) the deliveries that failed. */
@Controller()
export class NotificationRequestsConsumer extends RequestConsumer(Topics.notificationRequests) {
  constructor(
    private readonly listNotifications: ListNotifications,
    private readonly listFailures: ListDeliveryFailures,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.notificationRequests.name> = {
    'notifications.list-mine': (request) =>
      this.listNotifications.execute({ actor: request.actor, locale: request.locale }),
    'notifications.list-failures': (request) => this.listFailures.execute({ ...request.data, actor: request.actor }),
  };
}
