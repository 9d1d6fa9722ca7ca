import type { ApplicationMatchView, InvestorProfileDto, MatchStatus } from '@pollen/contracts';

import type { Match } from './match';

/** Where an investor who expressed interest still stands by it (a pass or a retraction withdraws it). */
const ANSWERED: readonly MatchStatus[] = ['interested', 'introduced', 'declined'];

/** Shown to the applicant: the investor expressed interest and has not taken it back. */
export const isShownToApplicant = (match: Match): boolean =>
  match.interest !== undefined && ANSWERED.includes(match.status);

/**
 * A match as its applicant sees it: the investor's organisation and kind (from their profile as it
 * is), what they said when interested, and once introduced the contact and SIREN they gave then.
 */
export function toApplicationMatch(match: Match, profile: InvestorProfileDto): ApplicationMatchView {
  const { interest, introduction, decline } = match;
  return {
    matchId: match.id,
    status: match.status,
    investor: { organisationName: profile.organisation.name, kind: profile.kind },
    ...(interest ? { interest: { ...interest, at: interest.at.toISOString() } } : {}),
    ...(introduction?.investor.contact
      ? {
          introduction: {
            at: introduction.at.toISOString(),
            ...(introduction.investor.siren ? { siren: introduction.investor.siren } : {}),
            contact: introduction.investor.contact,
          },
        }
      : {}),
    ...(decline ? { decline: { ...decline, at: decline.at.toISOString() } } : {}),
    updatedAt: match.updatedAt.toISOString(),
  };
}
