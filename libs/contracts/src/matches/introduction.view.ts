import { ContactDto } from '../messaging/contact.dto';

/** What one side of an introduction learns of the other: whom to reach, and the SIREN. */
export class MatchIntroductionView {
  at: string;
  /** The other side's organisation's SIREN (an investor's, when their profile gives one). */
  siren?: string;
  contact: ContactDto;
}

/** The applicant declined the investor's interest. */
export class MatchDeclineView {
  /** What the applicant said, when they did. */
  reason?: string;
  at: string;
}
