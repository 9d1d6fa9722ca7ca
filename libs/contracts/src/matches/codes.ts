/** Stable codes of matches (docs/matching.md). Add codes; never rename one. */

/** proposed → interested → introduced, with passed, declined and retracted as the other ends. */
export const MATCH_STATUSES = ['proposed', 'interested', 'passed', 'declined', 'introduced', 'retracted'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** A match in one of these may still move; in any other, it moves no more. */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['proposed', 'interested'];
export const FINAL_MATCH_STATUSES: readonly MatchStatus[] = MATCH_STATUSES.filter(
  (status) => !OPEN_MATCH_STATUSES.includes(status),
);

/** What moves a match, and who may: the investor, the applicant, or the system. */
export const MATCH_ACTIONS = ['express-interest', 'pass', 'decline', 'introduce', 'retract'] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];

/** Why the system retracted a match: named in `match.retracted` and shown to both sides. */
export const RETRACT_CAUSES = [
  'application-withdrawn',
  'application-decided',
  'consent-withdrawn',
  'investor-suspended',
  'investor-rejected',
  'investor-inactive',
  'gate-failed',
] as const;
export type RetractCause = (typeof RETRACT_CAUSES)[number];

/** Why an investor passes on a project (the deal-flow's `pass`). */
export const PASS_REASONS = ['out-of-thesis', 'ticket-size', 'stage', 'impact', 'capacity', 'other'] as const;
export type PassReason = (typeof PASS_REASONS)[number];
