import type { EventEnvelope } from '../messaging/envelope';
import type { ApplicationStatus } from './codes';
import type { FundingRequestDto, OrganisationDto, ProjectDto } from './create-application-draft.dto';

/** Events of the Application aggregate, all on `Topics.applicationEvents`, keyed by application id. */
export const ApplicationEventTypes = {
  drafted: 'application.drafted',
} as const;

export interface ApplicationDraftedData {
  applicationId: string;
  programmeId: string;
  ownerId: string;
  status: ApplicationStatus;
  organisation: OrganisationDto;
  project: ProjectDto;
  request: FundingRequestDto;
}

export type ApplicationDrafted = EventEnvelope<typeof ApplicationEventTypes.drafted, ApplicationDraftedData>;
