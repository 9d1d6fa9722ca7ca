import type { InvestorKind } from '../investors/codes';
import type { MatchStatus } from './codes';

/** An investor who answered an application's match, as its applicant sees them before any introduction. */
export class ApplicationMatchView {
  matchId: string;
  status: MatchStatus;
  investor: ApplicationMatchInvestorView;
  /** What the investor said when interested. */
  interest?: ApplicationMatchInterestView;
  updatedAt: string;
}

export class ApplicationMatchInvestorView {
  /** The investor's organisation. */
  organisationName: string;
  kind: InvestorKind;
}

export class ApplicationMatchInterestView {
  /** In euro cents, when they said. */
  amountCents?: number;
  message: string;
  at: string;
}

/** `GET /v1/applications/{id}/matches`: the investors interested in the application, the latest first. */
export class ApplicationMatchesView {
  items: ApplicationMatchView[];
}
