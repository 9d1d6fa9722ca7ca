import { Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';

import type { WebhookEndpoint } from '../../domain/webhook-endpoint';
import { parisDateTime } from '../../messages/paris-dates';
import { Notify } from '../notify/notify.usecase';

/** The namespace of the ids of notices notifications makes itself (not from another service's event). */
const NOTICES = 'b0f1d2a4-3c55-4e8f-9a61-7d2c8e4f5a10';

/** Tells an endpoint's owner that it was disabled, once per failing streak. */
@Injectable()
export class TellAboutWebhook {
  constructor(private readonly notify: Notify) {}

  disabled(endpoint: WebhookEndpoint, lastError: string): Promise<number> {
    const failingSince = endpoint.failingSince ?? endpoint.disabledAt ?? new Date();
    return this.notify.execute({
      // One notice per failing streak, with an id as short as an event's (inbox cursors carry it).
      eventId: uuidv5(`webhook-disabled\n${endpoint.id}\n${failingSince.toISOString()}`, NOTICES),
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
