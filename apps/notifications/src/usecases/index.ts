import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { NotifyApplicationDrafted } from './notify-application-drafted/notify-application-drafted.usecase';
import { NotifyIntroduction } from './notify-introduction/notify-introduction.usecase';
import { NotifyStatusChanged } from './notify-status-changed/notify-status-changed.usecase';

export { ListNotifications, NotifyApplicationDrafted, NotifyIntroduction, NotifyStatusChanged };

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [NotifyApplicationDrafted, NotifyStatusChanged, NotifyIntroduction, ListNotifications];
