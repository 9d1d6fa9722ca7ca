import { DeleteWebhook } from './delete-webhook/delete-webhook.usecase';
import { DispatchEmails } from './dispatch-emails/dispatch-emails.usecase';
import { DispatchWebhooks } from './dispatch-webhooks/dispatch-webhooks.usecase';
import { ErasePersonalData } from './erase-personal-data/erase-personal-data.usecase';
import { ExportPersonalData } from './export-personal-data/export-personal-data.usecase';
import { GetNotificationPreferences } from './get-notification-preferences/get-notification-preferences.usecase';
import { ListDeliveryFailures } from './list-delivery-failures/list-delivery-failures.usecase';
import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { ListWebhookDeliveries } from './list-webhook-deliveries/list-webhook-deliveries.usecase';
import { ListWebhooks } from './list-webhooks/list-webhooks.usecase';
import { MarkAllNotificationsRead } from './mark-all-notifications-read/mark-all-notifications-read.usecase';
import { MarkNotificationRead } from './mark-notification-read/mark-notification-read.usecase';
import { Notify } from './notify/notify.usecase';
import { NotifyApplicationDrafted } from './notify-application-drafted/notify-application-drafted.usecase';
import { ProjectDirectory } from './project-directory/project-directory.usecase';
import { RegisterWebhook } from './register-webhook/register-webhook.usecase';
import { RotateWebhookSecret } from './rotate-webhook-secret/rotate-webhook-secret.usecase';
import { SendDigests } from './send-digests/send-digests.usecase';
import { SetNotificationPreferences } from './set-notification-preferences/set-notification-preferences.usecase';
import { SweepExpiredNotifications } from './sweep-expired-notifications/sweep-expired-notifications.usecase';
import { TellAboutAccount } from './tell-about-account/tell-about-account.usecase';
import { TellAboutApplication } from './tell-about-application/tell-about-application.usecase';
import { TellAboutDocument } from './tell-about-document/tell-about-document.usecase';
import { TellAboutInvestor } from './tell-about-investor/tell-about-investor.usecase';
import { TellAboutMatch } from './tell-about-match/tell-about-match.usecase';
import { TellAboutWebhook } from './tell-about-webhook/tell-about-webhook.usecase';

export {
  ErasePersonalData,
  ExportPersonalData,
  SweepExpiredNotifications,
  DeleteWebhook,
  DispatchEmails,
  DispatchWebhooks,
  GetNotificationPreferences,
  ListDeliveryFailures,
  ListNotifications,
  ListWebhookDeliveries,
  ListWebhooks,
  MarkAllNotificationsRead,
  MarkNotificationRead,
  Notify,
  NotifyApplicationDrafted,
  ProjectDirectory,
  RegisterWebhook,
  RotateWebhookSecret,
  SendDigests,
  SetNotificationPreferences,
  TellAboutAccount,
  TellAboutApplication,
  TellAboutDocument,
  TellAboutInvestor,
  TellAboutMatch,
  TellAboutWebhook,
};

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [
  ErasePersonalData,
  ExportPersonalData,
  SweepExpiredNotifications,
  NotifyApplicationDrafted,
  Notify,
  TellAboutAccount,
  TellAboutApplication,
  TellAboutInvestor,
  TellAboutMatch,
  TellAboutDocument,
  TellAboutWebhook,
  ProjectDirectory,
  DispatchEmails,
  DispatchWebhooks,
  SendDigests,
  ListNotifications,
  MarkNotificationRead,
  MarkAllNotificationsRead,
  GetNotificationPreferences,
  SetNotificationPreferences,
  RegisterWebhook,
  ListWebhooks,
  DeleteWebhook,
  RotateWebhookSecret,
  ListWebhookDeliveries,
  ListDeliveryFailures,
];
