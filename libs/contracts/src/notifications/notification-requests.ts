import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
import { DeliveryFailurePageView, ListDeliveryFailuresQueryDto } from './delivery-failure.view';
import { NotificationListView } from './notification.view';

/** Requests the notifications service answers. */
export const NotificationRequests = {
  'notifications.list-mine': defineRequest({
    topic: Topics.notificationRequests,
    subject: 'the actor’s account id',
    data: NoData,
    result: NotificationListView,
    description: 'The actor’s own in-app notifications, newest first, in the request’s locale.',
  }),
  'notifications.list-failures': defineRequest({
    topic: Topics.notificationRequests,
    subject: 'random (a read)',
    data: ListDeliveryFailuresQueryDto,
    result: DeliveryFailurePageView,
    description:
      'Notifications not delivered yet (failed, retried) or given up (dead), last failure first (operators).',
  }),
};
