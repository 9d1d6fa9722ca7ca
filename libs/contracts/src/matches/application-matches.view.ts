import type { InvestorKind } from '../investors/codes';
import type { MatchStatus } from './codes';
import { MatchDeclineView, MatchIntroductionView } from './introduction.view';

/** An investor who answered an application's match, as its applicant sees them. */
export class ApplicationMatchView {
  matchId: string;
  status: MatchStatus;
  investor: ApplicationMatchInvestorView;
  /** What the investor said when interested. */
  interest?: ApplicationMatchInterestView;
  /** Once accepted: the investor's contact, and their SIREN when their profile gives one. */
  introduction?: MatchIntroductionView;
  decline?: MatchDeclineView;
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
