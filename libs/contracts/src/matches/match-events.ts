import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { LOCALES } from '../accounts/account.dto';
import { type Instrument, INSTRUMENTS, LEGAL_FORMS, type LegalForm, type Region, REGIONS } from '../applications/codes';
import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { INVESTOR_KINDS, type InvestorKind } from '../investors/codes';
import { ContactDto } from '../messaging/contact.dto';
import type { Locale } from '../messaging/request-reply';
import { IsSiren } from '../validation/siren';
import { PASS_REASONS, type PassReason, RETRACT_CAUSES, type RetractCause } from './codes';
import { MATCH_GATES, type MatchExplanationEntry, type MatchGate } from './match-explanation';
import { MatchExplanationLineDto } from './match-explanation.dto';

export const MatchAggregate: AggregateDefinition = {
  name: 'Match',
  idField: 'matchId',
  owner: 'matching',
};

const on = { topic: Topics.matchEvents, aggregate: MatchAggregate } as const;

/**
 * What every match event carries: the match and the three ids the timeline and notifications
 * look up. Never a person's name, e-mail or phone: the topic is kept forever.
 */
class MatchEventData {
  @IsString()
  @IsNotEmpty()
  matchId: string;

  @IsString()
  @IsNotEmpty()
  applicationId: string;

  @IsString()
  @IsNotEmpty()
  investorId: string;

  @IsString()
  @IsNotEmpty()
  programmeId: string;
}

/** The data of match.proposed: the score and explanation, frozen as they were computed. */
export class MatchProposedData extends MatchEventData {
  /** 1 for the pair's first match, then one more each time it qualifies again after a retraction. */
  @IsInt()
  @Min(1)
  generation: number;

  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @ValidateNested({ each: true })
  @Type(() => MatchExplanationLineDto)
  explanation: MatchExplanationEntry[];
}

/** The data of match.interest-expressed. */
export class MatchInterestExpressedData extends MatchEventData {
  /** What the investor means to put in, when they say. */
  @IsOptional()
  @IsInt()
  @Min(1)
  amountCents?: number;

  /** The investor wants a letter of intent drawn up once introduced. */
  @IsOptional()
  @IsBoolean()
  letterOfIntent?: boolean;
}

/** The data of match.passed: the reason code only (a comment stays on the match, not on the topic). */
export class MatchPassedData extends MatchEventData {
  @IsIn(PASS_REASONS)
  reason: PassReason;
}

/** The data of match.declined. */
export class MatchDeclinedData extends MatchEventData {}

class IntroducedApplicantOrganisation {
  @IsString()
  @IsNotEmpty()
  name: string;

  @IsSiren()
  siren: string;

  @IsIn(LEGAL_FORMS)
  legalForm: LegalForm;

  @IsIn(REGIONS)
  region: Region;
}

class IntroducedApplicant {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  /** The language the account chose: documents and messages for them are written in it. */
  @IsIn(LOCALES)
  locale: Locale;

  @ValidateNested()
  @Type(() => IntroducedApplicantOrganisation)
  organisation: IntroducedApplicantOrganisation;
}

class IntroducedInvestor {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsIn(LOCALES)
  locale: Locale;

  @IsIn(INVESTOR_KINDS)
  kind: InvestorKind;
}

/** The funding request as it stood at the introduction: what a grant agreement or term sheet states. */
class IntroducedRequest {
  @IsInt()
  @Min(1)
  amountCents: number;

  @IsIn(INSTRUMENTS)
  instrument: Instrument;

  @IsInt()
  @Min(1)
  durationMonths: number;

  @IsString()
  @MaxLength(2000)
  purpose: string;
}

class IntroducedInterest {
  @IsOptional()
  @IsInt()
  @Min(1)
  amountCents?: number;

  /** The investor asked for a letter of intent: legal-templates generates it with the confidentiality agreement. */
  @IsOptional()
  @IsBoolean()
  letterOfIntent?: boolean;
}

/**
 * The data of match.introduced: what the legal documents of the deal need, and no person's data
 * (the contacts travel on the compacted introduction-contacts topic, and the investor's
 * organisation, often a business angel's own name, on the investor-organisations topic: erasure
 * tombstones both).
 */
export class MatchIntroducedData extends MatchEventData {
  @ValidateNested()
  @Type(() => IntroducedApplicant)
  applicant: IntroducedApplicant;

  @ValidateNested()
  @Type(() => IntroducedInvestor)
  investor: IntroducedInvestor;

  @ValidateNested()
  @Type(() => IntroducedRequest)
  request: IntroducedRequest;

  @ValidateNested()
  @Type(() => IntroducedInterest)
  interest: IntroducedInterest;
}

/** The data of introduction.contacts-exchanged: whom each side of an introduction may reach. */
export class IntroductionContactsExchangedData extends MatchEventData {
  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDto)
  applicant: ContactDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDto)
  investor: ContactDto;
}

/** The data of introduction.contacts-erased, a tombstone: only the match id, from the key. */
export class IntroductionContactsErasedData {
  @IsString()
  @IsNotEmpty()
  matchId: string;
}

/** The data of match.retracted: why, and for a gate that now fails, which. */
export class MatchRetractedData extends MatchEventData {
  @IsIn(RETRACT_CAUSES)
  cause: RetractCause;

  @IsOptional()
  @IsIn(MATCH_GATES)
  gate?: MatchGate;
}

/** The contacts of an introduction: on a compacted topic of their own, so erasure can tombstone them. */
export const IntroductionEvents = {
  'introduction.contacts-exchanged': defineEvent({
    topic: Topics.introductionContacts,
    aggregate: MatchAggregate,
    data: IntroductionContactsExchangedData,
    emittedBy: ['matches.accept'],
    description:
      "The contacts the two sides of an introduction exchanged: the applicant's, given when accepting, and the investor's, from their profile. Keyed by match id.",
  }),
  'introduction.contacts-erased': defineEvent({
    topic: Topics.introductionContacts,
    aggregate: MatchAggregate,
    data: IntroductionContactsErasedData,
    tombstone: true,
    emittedBy: ['POST /v1/me/erasure'],
    description:
      'A tombstone (no value; the key is the match id): one side of the introduction was erased, so both contacts leave the topic at the next compaction.',
  }),
};

export const MatchEvents = {
  'match.proposed': defineEvent({
    ...on,
    data: MatchProposedData,
    // Through the events these requests emit: matching follows them.
    emittedBy: [
      'applications.submit',
      'applications.change-consents',
      'investors.update-profile',
      'investors.approve',
      'investors.reinstate',
    ],
    description:
      'Matching proposed an eligible, consenting application to an approved, active investor whose thesis it passes, with the score and explanation frozen; status `proposed`.',
  }),
  'match.interest-expressed': defineEvent({
    ...on,
    data: MatchInterestExpressedData,
    emittedBy: ['deal-flow.express-interest'],
    description:
      'The investor is interested in the proposed project; status `interested`. Their message to the applicant stays on the match, not on the topic.',
  }),
  'match.passed': defineEvent({
    ...on,
    data: MatchPassedData,
    emittedBy: ['deal-flow.pass'],
    description: 'The investor passed on the project, with a reason code; status `passed`.',
  }),
  'match.declined': defineEvent({
    ...on,
    data: MatchDeclinedData,
    emittedBy: ['matches.decline'],
    description:
      "The applicant declined the investor's interest; status `declined`. What they said stays on the match, not on the topic.",
  }),
  'match.introduced': defineEvent({
    ...on,
    data: MatchIntroducedData,
    emittedBy: ['matches.accept'],
    description:
      "The applicant accepted the investor's interest; status `introduced`. It carries the applicant's organisation, the request and the interest for the deal's documents, and no person's data: the contacts follow on the introduction-contacts topic, the investor's organisation is on the investor-organisations topic.",
  }),
  'match.retracted': defineEvent({
    ...on,
    data: MatchRetractedData,
    emittedBy: [
      'applications.withdraw',
      'applications.decide',
      'applications.change-consents',
      'investors.update-profile',
      'investors.suspend',
    ],
    description:
      'Matching withdrew an open match because the application or the investor no longer qualifies (the cause, and the gate that now fails); status `retracted`.',
  }),
};
