import { DispatchEmails } from './dispatch-emails/dispatch-emails.usecase';
import { EnqueueEmails } from './enqueue-emails/enqueue-emails.usecase';
import { ListDeliveryFailures } from './list-delivery-failures/list-delivery-failures.usecase';
import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { NotifyApplicationDrafted } from './notify-application-drafted/notify-application-drafted.usecase';
import { NotifyIntroduction } from './notify-introduction/notify-introduction.usecase';
import { NotifyStatusChanged } from './notify-status-changed/notify-status-changed.usecase';
import { ProjectDirectory } from './project-directory/project-directory.usecase';
import { TellAboutAccount } from './tell-about-account/tell-about-account.usecase';
import { TellAboutApplication } from './tell-about-application/tell-about-application.usecase';
import { TellAboutDocument } from './tell-about-document/tell-about-document.usecase';
import { TellAboutInvestor } from './tell-about-investor/tell-about-investor.usecase';
import { TellAboutMatch } from './tell-about-match/tell-about-match.usecase';

export {
  DispatchEmails,
  EnqueueEmails,
  ListDeliveryFailures,
  ListNotifications,
  NotifyApplicationDrafted,
  NotifyIntroduction,
  NotifyStatusChanged,
  ProjectDirectory,
  TellAboutAccount,
  TellAboutApplication,
  TellAboutDocument,
  TellAboutInvestor,
  TellAboutMatch,
};

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [
  NotifyApplicationDrafted,
  NotifyStatusChanged,
  NotifyIntroduction,
  ListNotifications,
  ListDeliveryFailures,
  ProjectDirectory,
  EnqueueEmails,
  DispatchEmails,
  TellAboutAccount,
  TellAboutApplication,
  TellAboutInvestor,
  TellAboutMatch,
  TellAboutDocument,
];
