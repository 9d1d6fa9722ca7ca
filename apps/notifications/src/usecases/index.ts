import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { NotifyApplicationDrafted } from './notify-application-drafted/notify-application-drafted.usecase';

export { ListNotifications, NotifyApplicationDrafted };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [NotifyApplicationDrafted, ListNotifications];
