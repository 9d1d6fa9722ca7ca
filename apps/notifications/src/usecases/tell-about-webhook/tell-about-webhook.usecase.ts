import { Injectable } from '@nestjs/common';

import type { WebhookEndpoint } from '../../domain/webhook-endpoint';
import { parisDateTime } from '../../messages/paris-dates';
import { Notify } from '../notify/notify.usecase';

/** Tells an endpoint's owner that it was disabled, once per failing streak. */
@Injectable()
export class TellAboutWebhook {
  constructor(private readonly notify: Notify) {}

  disabled(endpoint: WebhookEndpoint, lastError: string): Promise<number> {
    const failingSince = endpoint.failingSince ?? endpoint.disabledAt ?? new Date();
    return this.notify.execute({
      eventId: `webhook-disabled:${endpoint.id}:${failingSince.toISOString()}`,
      occurredAt: new Date().toISOString(),
      orders: () => [
        {
          recipientId: endpoint.ownerId,
          subject: endpoint.id,
          message: {
            kind: 'webhook-disabled',
            variables: {
              endpointId: endpoint.id,
              url: endpoint.url,
              failingSince: parisDateTime(failingSince),
              lastError,
            },
          },
        },
      ],
    });
  }
}
