import { defineRequest } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { NoData } from '../messaging/request-data';
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
};
