import {
  type Actor,
  type InvestorOrganisationDto,
  type InvestorProfileDto,
  type InvestorStatus,
  type InvestorView,
  type Topics,
  VETTING_TRANSITIONS,
  type VettingAction,
} from '@pollen/contracts';
import { AggregateChange, type IdempotentAggregate } from '@pollen/platform/mongo';

import { IllegalTransition } from '../errors';

/** One investor (id = their account id): vetting status, profile and thesis. */
export interface Investor extends IdempotentAggregate {
  status: InvestorStatus;
  /** Why an operator rejected or suspended the investor; cleared when approved or reinstated. */
  statusReason?: string;
  /** Absent until the investor's first profile patch. */
  profile?: InvestorProfileDto;
  /** Set once the profile's organisation went to its topic (profiles written before it were not). */
  organisationStated?: true;
  createdAt: Date;
  updatedAt: Date;
}

/** One change to an investor by one request, with its `investor.*` events, the organisation's on a topic of their own. */
export class InvestorChange extends AggregateChange<
  Investor,
  (typeof Topics)['investorEvents']['name'] | (typeof Topics)['investorOrganisations']['name']
> {}

/** The status an action leads to from `current`, or a 409 when the vetting rules do not allow it. */
export function statusAfter(current: InvestorStatus, action: VettingAction): InvestorStatus {
  const transition = VETTING_TRANSITIONS[action];
  if (transition.from !== current) throw new IllegalTransition(current, action);
  return transition.to;
}

/** A new investor at version 0: the change that creates it emits `investor.registered`. */
export function newInvestor(id: string, at: Date): Investor {
  return { id, status: 'pending', version: 0, appliedRequestIds: [], createdAt: at, updatedAt: at };
}

/** What the investor sees before matching has heard of them: an empty pending profile at version 0. */
export function notYetSeen(id: string): InvestorView {
  return { id, status: 'pending', version: 0 };
}

/** The profile's organisation goes to its compacted topic, where notifications and legal-templates read it. */
export function stateOrganisation(change: InvestorChange, organisation: InvestorOrganisationDto): void {
  change.next.organisationStated = true;
  change.emit('investor.organisation-stated', { investorId: change.next.id, organisation });
}

/** Whether a profile change leaves the organisation as it was (then nothing goes to its topic). */
export function sameOrganisation(
  next: InvestorOrganisationDto,
  previous: InvestorOrganisationDto | undefined,
): boolean {
  return (
    previous !== undefined &&
    next.name === previous.name &&
    next.siren === previous.siren &&
    next.legalForm === previous.legalForm
  );
}

export const isInvestor = (actor: Actor): boolean => actor.roles.includes('investor');

export function toInvestorView(investor: Investor): InvestorView {
  return {
    id: investor.id,
    status: investor.status,
    ...(investor.statusReason === undefined ? {} : { statusReason: investor.statusReason }),
    ...(investor.profile === undefined ? {} : { profile: investor.profile }),
    version: investor.version,
    createdAt: investor.createdAt.toISOString(),
    updatedAt: investor.updatedAt.toISOString(),
  };
}
