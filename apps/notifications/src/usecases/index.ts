import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { NotifyApplicationDrafted } from './notify-application-drafted/notify-application-drafted.usecase';
import { NotifyStatusChanged } from './notify-status-changed/notify-status-changed.usecase';

export { ListNotifications, NotifyApplicationDrafted, NotifyStatusChanged };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [NotifyApplicationDrafted, NotifyStatusChanged, ListNotifications];
