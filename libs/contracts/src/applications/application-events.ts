import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import type { EligibilityReason, RulesAppliedView } from './application.view';
import { APPLICATION_STATUSES, type ApplicationStatus } from './codes';
import { FundingRequestDto, OrganisationDto, ProjectDto } from './create-application-draft.dto';
import { DealTermsDto } from './deal-terms.dto';

export const ApplicationAggregate: AggregateDefinition = {
  name: 'Application',
  idField: 'applicationId',
  owner: 'applications',
};

/** What every application event names: the application, its programme and its owner. */
export class ApplicationEventData {
  @IsString()
  @IsNotEmpty()
  applicationId: string;

  @IsString()
  @IsNotEmpty()
  programmeId: string;

  @IsString()
  @IsNotEmpty()
  ownerId: string;
}

/**
 * The consent to be shown to investors as of the event. Versions are plain strings here: a reader
 * built before a new notice version still accepts the event.
 */
export class ConsentsContent {
  @IsBoolean()
  shareWithInvestors: boolean;

  @IsOptional()
  @IsString()
  noticeVersion?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @IsOptional()
  @IsString()
  by?: string;
}

/** The application's whole content, as of the event: what matching and documents read. */
export class ApplicationContent extends ApplicationEventData {
  @IsIn(APPLICATION_STATUSES)
  status: ApplicationStatus;

  @ValidateNested()
  @Type(() => OrganisationDto)
  organisation: OrganisationDto;

  @ValidateNested()
  @Type(() => ProjectDto)
  project: ProjectDto;

  @ValidateNested()
  @Type(() => FundingRequestDto)
  request: FundingRequestDto;

  /** Absent from events written before consent existed: not given. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentsContent)
  consents?: ConsentsContent;
}

export class ApplicationDraftedData extends ApplicationContent {}

export class ApplicationDraftUpdatedData extends ApplicationContent {}

export class ApplicationSubmittedData extends ApplicationContent {
  /** When the gateway accepted the submission: what counts against the deadline. */
  @IsISO8601({ strict: true })
  submittedAt: string;
}

export const SCREENING_RESULTS = ['eligible', 'ineligible'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];

export class ApplicationScreenedData extends ApplicationEventData {
  /** The status the application now has. */
  @IsIn(SCREENING_RESULTS)
  result: ScreeningResult;

  /** Every failed rule, in French and English; empty when eligible. */
  @IsArray()
  @IsObject({ each: true })
  reasons: EligibilityReason[];

  /** The programme's rules as they were when it was screened. */
  @IsObject()
  rulesApplied: RulesAppliedView;
}

export class ApplicationWithdrawnData extends ApplicationEventData {
  @IsString()
  reason: string;
}

export const DECISIONS = ['funded', 'declined'] as const;
export type Decision = (typeof DECISIONS)[number];
export const FUNDERS = ['programme', 'investor'] as const;
export type FundedBy = (typeof FUNDERS)[number];

export class ApplicationDecidedData extends ApplicationEventData {
  /** The status the application now has. */
  @IsIn(DECISIONS)
  decision: Decision;

  /** The committee's written reason. */
  @IsString()
  reason: string;

  /** The operator who recorded it. */
  @IsString()
  @IsNotEmpty()
  by: string;

  /** What is granted, in euro cents (funded decisions). */
  @IsOptional()
  @IsInt()
  @Min(1)
  amountCents?: number;

  /** Who pays (funded decisions): only `programme` spends the programme's budget. */
  @IsOptional()
  @IsIn(FUNDERS)
  fundedBy?: FundedBy;

  /** The introduction the funding came from, when an investor funds it. */
  @IsOptional()
  @IsString()
  matchId?: string;

  /** The terms the instrument's agreement states, as the decision set them. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DealTermsDto)
  terms?: DealTermsDto;
}

export class ApplicationDiscussionStartedData extends ApplicationEventData {
  /** The introduction whose double opt-in opened the discussion. */
  @IsString()
  @IsNotEmpty()
  matchId: string;

  /** The investor (account id) the applicant is now in discussion with. */
  @IsString()
  @IsNotEmpty()
  investorId: string;
}

export class ApplicationConsentChangedData extends ApplicationEventData {
  /** The answer now in force: `false` withdraws consent (RGPD art. 7(3)). */
  @IsBoolean()
  shareWithInvestors: boolean;

  /** The version of the notice the applicant answered. */
  @IsString()
  @IsNotEmpty()
  noticeVersion: string;

  /** The account that answered (the owner). */
  @IsString()
  @IsNotEmpty()
  by: string;

  @IsISO8601({ strict: true })
  at: string;
}

/** The data of application.agreement-signed: which agreement, and the hash of its signed PDF. */
export class ApplicationAgreementSignedData extends ApplicationEventData {
  @IsString()
  @IsNotEmpty()
  documentId: string;

  @Matches(/^[0-9a-f]{64}$/)
  sha256: string;
}

const on = { topic: Topics.applicationEvents, aggregate: ApplicationAggregate } as const;

/** Every event of the Application aggregate: one fact each, each moving its version by one. */
export const ApplicationEvents = {
  'application.drafted': defineEvent({
    ...on,
    data: ApplicationDraftedData,
    emittedBy: ['applications.create-draft'],
    description: 'A draft was started; it carries the whole content.',
  }),
  'application.draft-updated': defineEvent({
    ...on,
    data: ApplicationDraftUpdatedData,
    emittedBy: ['applications.update-draft'],
    description: 'The draft was edited; it carries the whole content after the edit.',
  }),
  'application.submitted': defineEvent({
    ...on,
    data: ApplicationSubmittedData,
    emittedBy: ['applications.submit'],
    description: 'The applicant submitted the draft before the deadline; status `submitted`.',
  }),
  'application.screened': defineEvent({
    ...on,
    data: ApplicationScreenedData,
    emittedBy: ['applications.submit'],
    description: 'Eligibility screening, right after submission: status `eligible` or `ineligible`, with every reason.',
  }),
  'application.withdrawn': defineEvent({
    ...on,
    data: ApplicationWithdrawnData,
    emittedBy: ['applications.withdraw'],
    description: 'The applicant withdrew the application; status `withdrawn`.',
  }),
  'application.discussion-started': defineEvent({
    ...on,
    data: ApplicationDiscussionStartedData,
    // Through match.introduced, which the applications service follows.
    emittedBy: ['matches.accept'],
    description:
      'An introduction was accepted on both sides (`match.introduced`); status `in-discussion`. One per introduction: a second investor introduced while in discussion adds one, the status staying.',
  }),
  'application.decided': defineEvent({
    ...on,
    data: ApplicationDecidedData,
    emittedBy: ['applications.decide'],
    description: 'An operator recorded the committee’s decision; status `funded` or `declined`.',
  }),
  'application.agreement-signed': defineEvent({
    ...on,
    data: ApplicationAgreementSignedData,
    // Through document.signed, which the last party's signature emits.
    emittedBy: ['documents.sign'],
    description:
      'Every party signed one of the application’s agreements (`document.signed`); its history says so. One per document; the status stays.',
  }),
  'application.consent-changed': defineEvent({
    ...on,
    data: ApplicationConsentChangedData,
    emittedBy: ['applications.change-consents'],
    description:
      'The applicant granted or withdrew consent to be shown to investors, after submission; the status is unchanged.',
  }),
};
