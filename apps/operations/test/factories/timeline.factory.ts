import type { EventOf, EventType } from '@pollen/contracts';
import type { InboundMessage } from '@pollen/platform/kafka';

import type { TimelineEvent } from '../../src/domain/timeline-entry';

let offset = 0;

/** An event of `type` with `data`, at `occurredAt`, and the Kafka message that carried it. */
export function aTimelineEvent<T extends TimelineEvent['type'] & EventType>(
  type: T,
  data: EventOf<T>['data'],
  occurredAt: string,
  overrides: Partial<
    Pick<EventOf<T>, 'id' | 'source' | 'subject' | 'correlationId' | 'causationId' | 'aggregateVersion'>
  > = {},
): { event: EventOf<T>; message: InboundMessage } {
  offset += 1;
  const event = {
    id: `event-${offset}`,
    type,
    version: 1,
    occurredAt,
    source: 'applications',
    subject: 'app-1',
    correlationId: 'corr-1',
    aggregateVersion: 1,
    data,
    ...overrides,
  } as EventOf<T>;
  const message: InboundMessage = {
    topic: `topic-of-${type.split('.')[0]}`,
    partition: 0,
    offset: String(offset),
    key: event.subject,
    headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    value: event,
  };
  return { event, message };
}

/**
 * A delivery log entry: `kind` sent to `recipientId` (account-1) by `channel`, about app-1 unless
 * told otherwise (null: about none); its notification id names the recipient, as the notifications service's do.
 */
export const aDelivery = (
  outcome: 'notification.sent' | 'notification.failed' | 'notification.dead',
  channel: 'e-mail' | 'webhook',
  occurredAt: string,
  applicationId: string | null = 'app-1',
  recipientId = 'account-1',
) => {
  const notificationId = `event-${offset + 1}:${recipientId}:${channel}`;
  return aTimelineEvent(
    outcome,
    {
      notificationId,
      kind: 'application-submitted',
      channel,
      recipientId,
      ...(applicationId ? { applicationId } : {}),
      attempts: 1,
    },
    occurredAt,
    { source: 'notifications', subject: notificationId },
  );
};
