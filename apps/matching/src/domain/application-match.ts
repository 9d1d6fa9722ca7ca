import type { ApplicationMatchView, MatchStatus } from '@pollen/contracts';

import type { Investor } from './investor';
import type { Match } from './match';

/** Where an investor who expressed interest still stands by it (a pass or a retraction withdraws it). */
const ANSWERED: readonly MatchStatus[] = ['interested', 'introduced', 'declined'];

/** Shown to the applicant: the investor expressed interest and has not taken it back. */
export const isShownToApplicant = (match: Match): boolean =>
  match.interest !== undefined && ANSWERED.includes(match.status);

/**
 * A match as its applicant sees it: the investor's organisation and kind, what they said when
 * interested, and once introduced their contact and SIREN; undefined for an investor without a
 * profile (none is ever proposed).
 */
export function toApplicationMatch(match: Match, investor: Investor | undefined): ApplicationMatchView | undefined {
  const profile = investor?.profile;
  if (!profile) return undefined;
  const { interest, introduction, decline } = match;
  return {
    matchId: match.id,
    status: match.status,
    investor: { organisationName: profile.organisation.name, kind: profile.kind },
    ...(interest ? { interest: { ...interest, at: interest.at.toISOString() } } : {}),
    ...(introduction
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
