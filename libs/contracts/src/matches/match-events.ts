import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
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
}

/** The data of match.passed: the reason code only (a comment stays on the match, not on the topic). */
export class MatchPassedData extends MatchEventData {
  @IsIn(PASS_REASONS)
  reason: PassReason;
}

/** The data of match.declined. */
export class MatchDeclinedData extends MatchEventData {}

/** The data of match.introduced. */
export class MatchIntroducedData extends MatchEventData {}

/** The data of match.retracted: why, and for a gate that now fails, which. */
export class MatchRetractedData extends MatchEventData {
  @IsIn(RETRACT_CAUSES)
  cause: RetractCause;

  @IsOptional()
  @IsIn(MATCH_GATES)
  gate?: MatchGate;
}

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
    emittedBy: [],
    description:
      "The applicant declined the investor's interest; status `declined`. Declared for the deal-flow journey, not emitted yet.",
  }),
  'match.introduced': defineEvent({
    ...on,
    data: MatchIntroducedData,
    emittedBy: [],
    description:
      "The applicant accepted the investor's interest and both sides get each other's contact; status `introduced`. Declared for the deal-flow journey, not emitted yet.",
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
