import type {
  ApplicationContent,
  ApplicationStatus,
  ApplicationView,
  ConsentNoticeVersion,
  ConsentsDto,
  DealTermsDto,
  EligibilityReason,
  FundedBy,
  FundingRequestDto,
  OrganisationDto,
  ProjectDto,
  RulesAppliedView,
} from '@pollen/contracts';

import { ACTIVE_STATUSES } from './application-status';
import type { Retention } from './erasure';

export interface StatusChange {
  status: ApplicationStatus;
  at: Date;
  by: string;
  reason: string;
  /** A consent change: the status stays, the entry says what was answered (RGPD art. 7(1)). */
  consent?: ConsentsDto;
  /** A discussion started: the introduction (match) it came from. */
  matchId?: string;
  /** An agreement signed by every party: the status stays, the entry names the document. */
  documentId?: string;
}

/** The owner's consent to be shown to investors, as last recorded. */
export interface Consents {
  shareWithInvestors: boolean;
  noticeVersion: ConsentNoticeVersion;
  at: Date;
  by: string;
}

/** The Application aggregate as the service holds it. */
export interface Application {
  id: string;
  programmeId: string;
  ownerId: string;
  status: ApplicationStatus;
  organisation: OrganisationDto;
  project: ProjectDto;
  request: FundingRequestDto;
  /** Absent until the owner answers the consent notice: not given. */
  consents?: Consents;
  /** The aggregate version: 1 at creation, +1 per change; also the ETag. */
  version: number;
  history: StatusChange[];
  /** The request that created it: a redelivered request is recognised, not applied twice. */
  createdByRequestId: string;
  /** Requests already applied (bounded), so a redelivered one changes nothing. */
  appliedRequestIds: string[];
  /** When the gateway accepted the submission. */
  submittedAt?: Date;
  screening?: Screening;
  /** Set by a funded decision: who pays, how much, and the budget hold it spends or the introduction it came from. */
  funding?: Funding;
  /** Set when its owner was erased and the law keeps it: the sweep deletes it at `until`. */
  retention?: Retention;
  createdAt: Date;
  updatedAt: Date;
}

export interface Funding {
  fundedBy: FundedBy;
  amountCents: number;
  holdId?: string;
  /** The introduction an investor funds from. */
  matchId?: string;
  /** The terms the instrument's agreement states. */
  terms?: DealTermsDto;
}

export interface Screening {
  result: 'eligible' | 'ineligible';
  reasons: EligibilityReason[];
  rulesApplied: RulesAppliedView;
  screenedAt: Date;
}

/** While an application is active, nobody may open another for the same owner, programme and SIREN. */
export function activeKeyOf(
  application: Pick<Application, 'id' | 'ownerId' | 'programmeId' | 'organisation' | 'status'>,
): string {
  return ACTIVE_STATUSES.includes(application.status)
    ? `${application.ownerId}|${application.programmeId}|${application.organisation.siren}`
    : `closed|${application.id}`;
}

export function toView(application: Application): ApplicationView {
  return {
    id: application.id,
    programmeId: application.programmeId,
    ownerId: application.ownerId,
    status: application.status,
    organisation: application.organisation,
    project: application.project,
    request: application.request,
    consents: consentsView(application.consents),
    version: application.version,
    history: application.history.map((change) => ({ ...change, at: change.at.toISOString() })),
    ...(application.submittedAt ? { submittedAt: application.submittedAt.toISOString() } : {}),
    ...(application.screening
      ? { screening: { ...application.screening, screenedAt: application.screening.screenedAt.toISOString() } }
      : {}),
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

/** The content events carry. */
export function contentOf(application: Application): ApplicationContent {
  return {
    applicationId: application.id,
    programmeId: application.programmeId,
    ownerId: application.ownerId,
    status: application.status,
    organisation: application.organisation,
    project: application.project,
    request: application.request,
    consents: consentsView(application.consents),
  };
}

function consentsView(consents: Consents | undefined): ApplicationView['consents'] {
  return consents ? { ...consents, at: consents.at.toISOString() } : { shareWithInvestors: false };
}
