import type { ApplicationStatus } from './codes';
import type { FundingRequestDto, OrganisationDto, ProjectDto } from './create-application-draft.dto';

/** One status change: who, when, why. */
export class StatusChangeView {
  status: ApplicationStatus;
  at: string;
  by: string;
  reason: string;
}

/** An application as its owner (or an operator) sees it. */
export class ApplicationView {
  id: string;
  programmeId: string;
  ownerId: string;
  status: ApplicationStatus;
  organisation: OrganisationDto;
  project: ProjectDto;
  request: FundingRequestDto;
  /** Opaque version for `If-Match` on updates. */
  version: number;
  history: StatusChangeView[];
  createdAt: string;
  updatedAt: string;
}
