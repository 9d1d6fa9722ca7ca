import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { INVESTOR_KINDS, type InvestorKind } from './codes';
import { InvestmentThesisDto, InvestorOrganisationDto } from './investor-profile.dto';

export const InvestorAggregate: AggregateDefinition = {
  name: 'Investor',
  idField: 'investorId',
  owner: 'matching',
};

const on = { topic: Topics.investorEvents, aggregate: InvestorAggregate } as const;

/** A new investor, pending vetting. Every event of the aggregate repeats its id. */
export class InvestorRegisteredData {
  @IsString()
  @IsNotEmpty()
  investorId: string;
}

/**
 * The profile after the change, without the contact or the organisation: services that must reach
 * the investor ask by id, and the organisation has a compacted topic of its own.
 */
export class InvestorProfileUpdatedData {
  @IsString()
  @IsNotEmpty()
  investorId: string;

  @IsIn(INVESTOR_KINDS)
  kind: InvestorKind;

  @ValidateNested()
  @Type(() => InvestmentThesisDto)
  thesis: InvestmentThesisDto;

  @IsInt()
  @Min(0)
  capacityPerMonth: number;

  @IsBoolean()
  active: boolean;
}

/** The investor's organisation as their profile states it after a change to it. */
export class InvestorOrganisationStatedData {
  @IsString()
  @IsNotEmpty()
  investorId: string;

  @ValidateNested()
  @Type(() => InvestorOrganisationDto)
  organisation: InvestorOrganisationDto;
}

/** The data of investor.organisation-erased, a tombstone: only the investor id, from the key. */
export class InvestorOrganisationErasedData {
  @IsString()
  @IsNotEmpty()
  investorId: string;
}

/** An operator's vetting decision. Every event of the aggregate repeats its id. */
class InvestorVettedData {
  @IsString()
  @IsNotEmpty()
  investorId: string;

  /** The operator's account id. */
  @IsString()
  @IsNotEmpty()
  by: string;
}

/** A vetting decision that must say why: the investor is told. */
class InvestorVettedWithReasonData extends InvestorVettedData {
  @IsString()
  @Matches(/\S/)
  @MaxLength(2000)
  reason: string;
}

/** The data of investor.approved. */
export class InvestorApprovedData extends InvestorVettedData {}

/** The data of investor.rejected. */
export class InvestorRejectedData extends InvestorVettedWithReasonData {}

/** The data of investor.suspended. */
export class InvestorSuspendedData extends InvestorVettedWithReasonData {}

/** The data of investor.reinstated. */
export class InvestorReinstatedData extends InvestorVettedData {}

export const InvestorEvents = {
  'investor.registered': defineEvent({
    ...on,
    data: InvestorRegisteredData,
    emittedBy: ['POST /v1/auth/register', 'investors.update-profile'],
    description:
      'Matching saw an investor for the first time: their `account.registered`, or their first profile patch, whichever came first; vetting is pending.',
  }),
  'investor.profile-updated': defineEvent({
    ...on,
    data: InvestorProfileUpdatedData,
    emittedBy: ['investors.update-profile'],
    description:
      'The investor changed their profile or thesis; it carries the profile after the change, without the contact or the organisation.',
  }),
  'investor.approved': defineEvent({
    ...on,
    data: InvestorApprovedData,
    emittedBy: ['investors.approve'],
    description: 'An operator approved the investor: they may be shown applications.',
  }),
  'investor.rejected': defineEvent({
    ...on,
    data: InvestorRejectedData,
    emittedBy: ['investors.reject'],
    description: 'An operator rejected a pending investor, with the reason.',
  }),
  'investor.suspended': defineEvent({
    ...on,
    data: InvestorSuspendedData,
    emittedBy: ['investors.suspend'],
    description: 'An operator suspended an approved investor, with the reason.',
  }),
  'investor.reinstated': defineEvent({
    ...on,
    data: InvestorReinstatedData,
    emittedBy: ['investors.reinstate'],
    description: 'An operator reinstated a suspended investor.',
  }),
};

/** The investor's organisation: on a compacted topic of its own, so erasure can tombstone it. */
export const InvestorOrganisationEvents = {
  'investor.organisation-stated': defineEvent({
    topic: Topics.investorOrganisations,
    aggregate: InvestorAggregate,
    data: InvestorOrganisationStatedData,
    emittedBy: ['investors.update-profile'],
    description:
      "The investor's organisation (name, SIREN, legal form) as their profile states it, on its first statement and each change. Keyed by investor id.",
  }),
  'investor.organisation-erased': defineEvent({
    topic: Topics.investorOrganisations,
    aggregate: InvestorAggregate,
    data: InvestorOrganisationErasedData,
    tombstone: true,
    emittedBy: ['POST /v1/me/erasure'],
    description:
      "A tombstone (no value; the key is the investor id): the investor was erased, so their organisation's name leaves the topic at the next compaction.",
  }),
};
