import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { DeliveryFailurePageView, ListDeliveryFailuresQueryDto } from './delivery-failure.view';
import {
  ListNotificationsQueryDto,
  NotificationIdRequest,
  NotificationListView,
  NotificationsReadView,
} from './notification.view';
import { NotificationPreferencesDto, NotificationPreferencesView } from './notification-preferences.dto';
import {
  RegisterWebhookRequest,
  RotateWebhookSecretRequest,
  WebhookDeliveriesRequest,
  WebhookDeliveryPageView,
  WebhookIdRequest,
  WebhookListView,
  WebhookWithSealedSecretView,
} from './webhook.dto';

const on = { topic: Topics.notificationRequests } as const;
/** One person's inbox, preferences and endpoints have one writer: requests are keyed by their account. */
const byAccount = { ...on, subject: 'the actor’s account id' } as const;

/** Requests the notifications service answers. */
export const NotificationRequests = {
  'notifications.list-mine': defineRequest({
    ...byAccount,
    data: ListNotificationsQueryDto,
    result: NotificationListView,
    description: 'The actor’s own in-app notifications, newest first, in the request’s locale, with the unread count.',
  }),
  'notifications.mark-read': defineRequest({
    ...byAccount,
    data: NotificationIdRequest,
    result: NoData,
    description: 'Marks one of the actor’s notifications read (again: no change).',
  }),
  'notifications.mark-all-read': defineRequest({
    ...byAccount,
    data: NoData,
    result: NotificationsReadView,
    description: 'Marks every unread notification of the actor read.',
  }),
  'notifications.get-preferences': defineRequest({
    ...byAccount,
    data: NoData,
    result: NotificationPreferencesView,
    description: 'The actor’s notification preferences per category and channel, and how deal-flow alerts come.',
  }),
  'notifications.set-preferences': defineRequest({
    ...byAccount,
    data: NotificationPreferencesDto,
    result: NotificationPreferencesView,
    description: 'Replaces the actor’s notification preferences (critical categories go out whatever they say).',
  }),
  'webhooks.register': defineRequest({
    ...byAccount,
    data: RegisterWebhookRequest,
    result: WebhookWithSealedSecretView,
    description:
      'Registers an endpoint for public webhook events (investors, operators), its secret shown once, sealed to the asking gateway’s `replyKey`.',
  }),
  'webhooks.list': defineRequest({
    ...byAccount,
    data: NoData,
    result: WebhookListView,
    description: 'The actor’s webhook endpoints, the oldest first, without their secrets.',
  }),
  'webhooks.delete': defineRequest({
    ...byAccount,
    data: WebhookIdRequest,
    result: NoData,
    description: 'Deletes one of the actor’s endpoints: nothing more is sent to it.',
  }),
  'webhooks.rotate-secret': defineRequest({
    ...byAccount,
    data: RotateWebhookSecretRequest,
    result: WebhookWithSealedSecretView,
    description:
      'A new secret for one of the actor’s endpoints, sealed to the asking gateway’s `replyKey`; the one before also signs for 24 hours.',
  }),
  'webhooks.list-deliveries': defineRequest({
    ...byAccount,
    data: WebhookDeliveriesRequest,
    result: WebhookDeliveryPageView,
    description: 'The calls of one of the actor’s endpoints, the newest first, with their status (dead included).',
  }),
  'notifications.list-failures': defineRequest({
    ...on,
    subject: 'random (a read)',
    data: ListDeliveryFailuresQueryDto,
    result: DeliveryFailurePageView,
    description:
      'Notifications not delivered yet (failed, retried) or given up (dead), e-mails and webhook calls, last failure first (operators).',
  }),
};
