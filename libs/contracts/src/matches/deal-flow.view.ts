import type { ImpactArea, Instrument, LegalForm, Region, Stage } from '../applications/codes';
import type { MatchStatus, PassReason, RetractCause } from './codes';
import { MatchDeclineView, MatchIntroductionView } from './introduction.view';
import type { MatchGate } from './match-explanation';
import { MatchExplanationLineDto } from './match-explanation.dto';

export class DealFlowOrganisationView {
  name: string;
  legalForm: LegalForm;
  region: Region;
  /** Holds the ESUS agrément (as read when the match was proposed). */
  esus: boolean;
}

export class DealFlowProjectDetailsView {
  title: string;
  summary?: string;
  impactAreas: ImpactArea[];
  stage?: Stage;
}

export class DealFlowRequestView {
  /** In euro cents. */
  amountCents: number;
  instrument: Instrument;
}

/** The project as an investor sees it: no SIREN, no contact, no person (those come with the introduction). */
export class DealFlowProjectView {
  organisation: DealFlowOrganisationView;
  project: DealFlowProjectDetailsView;
  request: DealFlowRequestView;
}

/** What the investor said when they expressed interest. */
export class DealFlowInterestView {
  /** In euro cents, when they said. */
  amountCents?: number;
  message: string;
  at: string;
}

/** Why the investor passed. */
export class DealFlowPassView {
  reason: PassReason;
  comment?: string;
  at: string;
}

/** Why the platform withdrew the match: a side no longer qualifies. */
export class DealFlowRetractionView {
  cause: RetractCause;
  /** The gate the application now fails, when that is the cause. */
  gate?: MatchGate;
}

/** The introduction as its investor sees it: whom to reach, and the application the two now share. */
export class DealFlowIntroductionView extends MatchIntroductionView {
  /** The application whose documents (the confidentiality agreement, later the contract) the investor reads and signs. */
  applicationId: string;
}

/** One match in an investor's deal-flow. */
export class DealFlowItemView {
  matchId: string;
  status: MatchStatus;
  /** 0–100, as it was when proposed. */
  score: number;
  /** One line per gate and criterion, in French and English, as it was when proposed. */
  explanation: MatchExplanationLineDto[];
  project: DealFlowProjectView;
  interest?: DealFlowInterestView;
  pass?: DealFlowPassView;
  /** Once the applicant accepted: their contact, the organisation's SIREN and the application. */
  introduction?: DealFlowIntroductionView;
  decline?: MatchDeclineView;
  retraction?: DealFlowRetractionView;
  /** Moves with every change (by one per event it writes: an introduction writes two): the ETag. */
  version: number;
  proposedAt: string;
  updatedAt: string;
}

export class DealFlowPageView {
  items: DealFlowItemView[];
  nextCursor: string | null;
}
