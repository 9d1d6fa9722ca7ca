import type { MatchGate } from '@pollen/contracts';

import type { ApplicationProjection } from './application-projection';
import type { Investor } from './investor';
import type { Retraction } from './match';
import { GATES } from './matcher/gates';
import { type MatchableApplication, type MatchableThesis, toMatchable } from './matcher/matchable';

/**
 * Whether each side of a pair may be matched now, from matching's own records. Every trigger asks
 * the same questions of the current state rather than of the event that woke it, so a replayed or
 * out-of-order event converges on the same matches (docs/matching.md).
 */

/** Eligible with the owner's consent: only these are proposed to investors. */
export const takesProposals = (projection: ApplicationProjection): boolean =>
  projection.status === 'eligible' && projection.shareWithInvestors;

/**
 * Both sides may meet: the application eligible or already in discussion with another investor,
 * its owner still consenting; the investor approved and active. Checked when the applicant
 * accepts, before the retraction a change of either side causes has been written.
 */
export const canIntroduce = (projection: ApplicationProjection, investor: Investor): boolean =>
  (projection.status === 'eligible' || projection.status === 'in-discussion') &&
  applicationRetraction(projection) === undefined &&
  investor.status === 'approved' &&
  investorRetraction(investor) === undefined;

/** Why an application's open matches must go, or undefined while they may stay. */
export function applicationRetraction(projection: ApplicationProjection): Retraction | undefined {
  switch (projection.status) {
    case 'withdrawn':
      return { cause: 'application-withdrawn' };
    case 'funded':
    case 'declined':
      return { cause: 'application-decided' };
    default:
      // In discussion with an investor, the others may still go on; no new proposals are made.
      return projection.shareWithInvestors ? undefined : { cause: 'consent-withdrawn' };
  }
}

/**
 * The investor's thesis as the matcher reads it, while they are approved and active; undefined
 * otherwise. Its whole capacity counts as remaining: the proposals read this month's count.
 */
export function matchableThesisOf(investor: Investor): MatchableThesis | undefined {
  const profile = investor.profile;
  if (investor.status !== 'approved' || !profile?.active) return undefined;
  return {
    investorId: investor.id,
    thesis: profile.thesis,
    capacityPerMonth: profile.capacityPerMonth,
    remainingThisMonth: profile.capacityPerMonth,
  };
}

/** Why an investor's open matches must go, or undefined while they may stay. */
export function investorRetraction(investor: Investor): Retraction | undefined {
  if (investor.status === 'suspended') return { cause: 'investor-suspended' };
  // Only a pending investor can be rejected, and a pending one has no matches: kept for the rule's sake.
  if (investor.status === 'rejected') return { cause: 'investor-rejected' };
  if (investor.status === 'approved' && !investor.profile?.active) return { cause: 'investor-inactive' };
  return undefined;
}

/** The first hard gate the application fails, in the explanation's order. */
export const failedGate = (
  application: MatchableApplication,
  thesis: MatchableThesis['thesis'],
): MatchGate | undefined => GATES.find((gate) => !gate.passes(application, thesis))?.criterion;

/**
 * Why an open match between these two must go now, or undefined while it may stay: either side
 * closed, or a gate that the thesis as it is now refuses (the score, frozen, is not re-read). The
 * ESUS gate reads the agrément on `at`: one that expired retracts the matches that required it.
 */
export function retractionOf(projection: ApplicationProjection, investor: Investor, at: Date): Retraction | undefined {
  const closed = applicationRetraction(projection) ?? investorRetraction(investor);
  if (closed) return closed;
  const application = toMatchable(projection, at);
  const thesis = investor.profile?.thesis;
  const gate = application && thesis ? failedGate(application, thesis) : undefined;
  return gate ? { cause: 'gate-failed', gate } : undefined;
}
