import type { EventEnvelope } from '../messaging/envelope';
import type { ApplicationStatus } from './codes';
import type { FundingRequestDto, OrganisationDto, ProjectDto } from './create-application-draft.dto';
import type { EligibilityReasonView, RulesAppliedView } from './application.view';

/** Events of the Application aggregate, all on `Topics.applicationEvents`, keyed by application id. */
export const ApplicationEventTypes = {
  drafted: 'application.drafted',
  draftUpdated: 'application.draft-updated',
  submitted: 'application.submitted',
  screened: 'application.screened',
  withdrawn: 'application.withdrawn',
  statusChanged: 'application.status-changed',
} as const;

/** The application's content: what matching, notifications and documents need. */
export interface ApplicationContent {
  applicationId: string;
  programmeId: string;
  ownerId: string;
  status: ApplicationStatus;
  organisation: OrganisationDto;
  project: ProjectDto;
  request: FundingRequestDto;
}

export type ApplicationDraftedData = ApplicationContent;
export type ApplicationDraftUpdatedData = ApplicationContent;
export interface ApplicationSubmittedData extends ApplicationContent {
  submittedAt: string;
}
export interface ApplicationScreenedData {
  applicationId: string;
  ownerId: string;
  programmeId: string;
  result: 'eligible' | 'ineligible';
  reasons: EligibilityReasonView[];
  rulesApplied: RulesAppliedView;
}
export interface ApplicationWithdrawnData {
  applicationId: string;
  ownerId: string;
  programmeId: string;
  reason: string;
}
export interface ApplicationStatusChangedData {
  applicationId: string;
  ownerId: string;
  programmeId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  by: string;
  reason: string;
}

export type ApplicationDrafted = EventEnvelope<typeof ApplicationEventTypes.drafted, ApplicationDraftedData>;
export type ApplicationDraftUpdated = EventEnvelope<
  typeof ApplicationEventTypes.draftUpdated,
  ApplicationDraftUpdatedData
>;
export type ApplicationSubmitted = EventEnvelope<typeof ApplicationEventTypes.submitted, ApplicationSubmittedData>;
export type ApplicationScreened = EventEnvelope<typeof ApplicationEventTypes.screened, ApplicationScreenedData>;
export type ApplicationWithdrawn = EventEnvelope<typeof ApplicationEventTypes.withdrawn, ApplicationWithdrawnData>;
export type ApplicationStatusChanged = EventEnvelope<
  typeof ApplicationEventTypes.statusChanged,
  ApplicationStatusChangedData
>;
