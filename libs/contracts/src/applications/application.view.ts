import type { EligibilityRulesDto } from '../programmes/programme.dto';
import type { ApplicationStatus, ImpactArea, Instrument, LegalForm, Region, Stage } from './codes';
import type { ConsentNoticeVersion } from './consent-notice';
import type {
  ConsentsDto,
  EsusDto,
  FundingRequestDto,
  OrganisationDto,
  ProjectDto,
} from './create-application-draft.dto';

/** One change in the history: who, when, why. A consent change keeps the status and names the consent. */
export class StatusChangeView {
  status: ApplicationStatus;
  at: string;
  /** The account that made the change, or `system` for automatic screening. */
  by: string;
  reason: string;
  /** Present when the entry records a consent change (RGPD art. 7(1)): what was answered, to which notice. */
  consent?: ConsentsDto;
  /** Present when a discussion started: the introduction it came from (`GET …/matches` lists it). */
  matchId?: string;
  /** Present when every party signed one of its agreements: the document (`GET /v1/documents/{id}`). */
  documentId?: string;
}

/** The applicant's consent to be shown to investors, as last recorded (never given: `shareWithInvestors: false` alone). */
export class ConsentsView {
  shareWithInvestors: boolean;
  /** The notice version the last answer was given to. */
  noticeVersion?: ConsentNoticeVersion;
  /** When it was recorded. */
  at?: string;
  /** The account that recorded it. */
  by?: string;
}

/** The programme's amount range when an amount is outside it (null: no bound on that side). */
export interface AmountRange {
  minAmountCents: number | null;
  maxAmountCents: number | null;
}

/** An ESUS agrément valid on the submission day (YYYY-MM-DD, Paris time). */
export interface EsusExpectation {
  certified: true;
  validOn: string;
}

/**
 * What each failed rule reports, by its code: the rule, what the programme expects and what the
 * application has. The OpenAPI document describes each (apps/gateway/src/openapi/response-schemas.ts):
 * a code added here without its schema there fails to compile.
 */
export interface EligibilityFailures {
  'legal-form-not-accepted': { rule: 'legal-form'; expected: LegalForm[]; actual: LegalForm | null };
  'region-not-covered': { rule: 'region'; expected: Region[]; actual: Region | null };
  'no-shared-impact-area': { rule: 'impact-areas'; expected: ImpactArea[]; actual: ImpactArea[] };
  'stage-not-accepted': { rule: 'stage'; expected: Stage[]; actual: Stage | null };
  'amount-below-minimum': { rule: 'amount-range'; expected: AmountRange; actual: number };
  'amount-above-maximum': { rule: 'amount-range'; expected: AmountRange; actual: number };
  'instrument-mismatch': { rule: 'instrument'; expected: Instrument; actual: Instrument | null };
  'esus-required': { rule: 'esus'; expected: EsusExpectation; actual: EsusDto | null };
  'esus-expired': { rule: 'esus'; expected: EsusExpectation; actual: EsusDto };
  'total-cost-missing': {
    rule: 'co-financing';
    expected: { maxShareOfCost: number };
    actual: { totalCostCents: number | null; amountCents: number };
  };
  'share-of-cost-exceeded': {
    rule: 'co-financing';
    expected: { maxShareOfCost: number; maxAmountCents: number };
    actual: { totalCostCents: number; amountCents: number; share: number };
  };
}

export type EligibilityReasonCode = keyof EligibilityFailures;
export type EligibilityRule = EligibilityFailures[EligibilityReasonCode]['rule'];

/** A sentence in French and English. */
export interface LocalisedText {
  fr: string;
  en: string;
}

/**
 * One failed eligibility rule, with what the programme expects and what the application has, exactly
 * as its code says (a union: `code` tells the rest).
 */
export type EligibilityReason = {
  [C in EligibilityReasonCode]: { code: C; message: LocalisedText } & EligibilityFailures[C];
}[EligibilityReasonCode];

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
  reasons: EligibilityReason[];
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
  /** Whether the owner agreed to show it to investors; only eligible applications with consent ever are. */
  consents: ConsentsView;
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
