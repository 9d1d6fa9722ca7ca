import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Min } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from './codes';

export const NotificationAggregate: AggregateDefinition = {
  name: 'Notification',
  idField: 'notificationId',
  owner: 'notifications',
};

/** What the delivery log says of one notification: never its address or text. */
export class NotificationDeliveryData {
  /** The dedupe key: `<event id>:<recipient id>:<channel>`. */
  @IsString()
  @IsNotEmpty()
  notificationId: string;

  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @IsIn(NOTIFICATION_CHANNELS)
  channel: NotificationChannel;

  @IsString()
  @IsNotEmpty()
  recipientId: string;

  @IsOptional()
  @IsString()
  applicationId?: string;

  /** Webhook calls: the endpoint called. */
  @IsOptional()
  @IsString()
  endpointId?: string;

  /** Attempts made so far, this one included (0: given up before any, for want of a recipient). */
  @IsInt()
  @Min(0)
  attempts: number;
}

const on = { topic: Topics.notificationEvents, aggregate: NotificationAggregate } as const;

/** The delivery log of notifications sent outside the platform. */
export const NotificationEvents = {
  'notification.sent': defineEvent({
    ...on,
    data: NotificationDeliveryData,
    emittedBy: [],
    description: 'The relay (SMTP server) or the webhook endpoint accepted the notification.',
  }),
  'notification.failed': defineEvent({
    ...on,
    data: NotificationDeliveryData,
    emittedBy: [],
    description: 'An attempt to deliver the notification failed; it will be tried again after a delay.',
  }),
  'notification.dead': defineEvent({
    ...on,
    data: NotificationDeliveryData,
    emittedBy: [],
    description: 'The notification was given up after its last attempt (or its recipient is unknown or erased).',
  }),
};
