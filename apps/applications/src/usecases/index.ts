import { ChangeConsents } from './change-consents/change-consents.usecase';
import { CreateApplicationDraft } from './create-application-draft/create-application-draft.usecase';
import { CreateProgramme } from './create-programme/create-programme.usecase';
import { DecideApplication } from './decide-application/decide-application.usecase';
import { ErasePersonalData } from './erase-personal-data/erase-personal-data.usecase';
import { ExportPersonalData } from './export-personal-data/export-personal-data.usecase';
import { GetApplication } from './get-application/get-application.usecase';
import { GetProgramme } from './get-programme/get-programme.usecase';
import { ListApplications } from './list-applications/list-applications.usecase';
import { ListProgrammes } from './list-programmes/list-programmes.usecase';
import { RecordAgreementSigned } from './record-agreement-signed/record-agreement-signed.usecase';
import { ReportDeadlineReviews } from './report-deadline-reviews/report-deadline-reviews.usecase';
import { ReserveBudget } from './reserve-budget/reserve-budget.usecase';
import { SettleBudget } from './settle-budget/settle-budget.usecase';
import { StartDiscussion } from './start-discussion/start-discussion.usecase';
import { SubmitApplication } from './submit-application/submit-application.usecase';
import { SweepBudgetHolds } from './sweep-budget-holds/sweep-budget-holds.usecase';
import { SweepRetainedApplications } from './sweep-retained-applications/sweep-retained-applications.usecase';
import { UpdateDraft } from './update-draft/update-draft.usecase';
import { UpdateProgramme } from './update-programme/update-programme.usecase';
import { WithdrawApplication } from './withdraw-application/withdraw-application.usecase';

export {
  StartDiscussion,
  RecordAgreementSigned,
  CreateApplicationDraft,
  CreateProgramme,
  DecideApplication,
  GetApplication,
  GetProgramme,
  ListApplications,
  ListProgrammes,
  ReportDeadlineReviews,
  ReserveBudget,
  SettleBudget,
  SubmitApplication,
  SweepBudgetHolds,
  UpdateDraft,
  UpdateProgramme,
  WithdrawApplication,
  ChangeConsents,
  ErasePersonalData,
  ExportPersonalData,
  SweepRetainedApplications,
};

/** Every use case of the service, registered as module providers. */
export const USE_CASES = [
  CreateProgramme,
  UpdateProgramme,
  ListProgrammes,
  ReportDeadlineReviews,
  GetProgramme,
  ReserveBudget,
  SettleBudget,
  SweepBudgetHolds,
  CreateApplicationDraft,
  UpdateDraft,
  SubmitApplication,
  WithdrawApplication,
  DecideApplication,
  GetApplication,
  ListApplications,
  ChangeConsents,
  StartDiscussion,
  RecordAgreementSigned,
  ErasePersonalData,
  ExportPersonalData,
  SweepRetainedApplications,
];
