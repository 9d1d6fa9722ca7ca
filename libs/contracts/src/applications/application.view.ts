import type { ApplicationStatus, Instrument } from './codes';
import type { FundingRequestDto, OrganisationDto, ProjectDto } from './create-application-draft.dto';
import type { EligibilityRulesDto } from '../programmes/programme.dto';

/** One status change: who, when, why. */
export class StatusChangeView {
  status: ApplicationStatus;
  at: string;
  /** The account that made the change, or `system` for automatic screening. */
  by: string;
  reason: string;
}

/** One failed eligibility rule, with what the programme expects and what the application has. */
export class EligibilityReasonView {
  /** legal-form, region, impact-areas, stage, amount-range, instrument, esus, co-financing. */
  rule: string;
  code: string;
  expected: unknown;
  actual: unknown;
  message: { fr: string; en: string };
}

/** The rules an application was screened against, as they were at that moment. */
export class RulesAppliedView {
  programmeVersion: number;
  kind: Instrument;
  maxShareOfCost?: number;
  eligibility: EligibilityRulesDto;
}

export class ScreeningView {
  result: 'eligible' | 'ineligible';
  /** Every failed rule; empty when eligible. */
  reasons: EligibilityReasonView[];
  rulesApplied: RulesAppliedView;
  screenedAt: string;
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
  /** Opaque version for `If-Match` on updates; also sent as the ETag. */
  version: number;
  history: StatusChangeView[];
  /** When the gateway accepted the submission. */
  submittedAt?: string;
  screening?: ScreeningView;
  createdAt: string;
  updatedAt: string;
}

export class ApplicationPageView {
  items: ApplicationView[];
  nextCursor: string | null;
}
