import type { ImpactArea, Instrument, Locale, ProgrammeTrancheDto } from '@pollen/contracts';

/** An organisation as an agreement names it: a business angel has no SIREN, a profile no legal form. */
export interface PartyFacts {
  name: string;
  siren?: string;
  legalForm?: string;
}

/** What a programme's agreements say of it, from `programme.*` events. */
export interface ProgrammeFacts {
  id: string;
  version: number;
  title: string;
  operator: PartyFacts;
  kind: Instrument;
  maxShareOfCost?: number;
  tranches?: ProgrammeTrancheDto[];
}

/** What an application's agreements say of it, from the `application.*` events that carry its content. */
export interface ApplicationFacts {
  id: string;
  /** The aggregate version of the event it was projected from. */
  version: number;
  ownerId: string;
  programmeId: string;
  organisation: PartyFacts & { siren: string };
  project: { title?: string; totalCostCents?: number; beneficiaries?: number; impactAreas?: ImpactArea[] };
  request: { amountCents?: number; instrument?: Instrument; durationMonths?: number; purpose?: string };
}

/** An investor's organisation, from `investor.organisation-stated`: the party their agreements name. */
export interface InvestorFacts {
  id: string;
  /** The aggregate version of the event it was projected from. */
  version: number;
  organisation: PartyFacts;
}

/** One side of an introduction: the account, the language it chose, its organisation. */
export interface IntroducedSide {
  accountId: string;
  locale: Locale;
  organisation: PartyFacts;
}

/** An introduction, from `match.introduced`: the two sides an investor's funding binds. */
export interface IntroductionFacts {
  matchId: string;
  applicationId: string;
  applicant: IntroducedSide & { organisation: PartyFacts & { siren: string } };
  investor: IntroducedSide;
  request: { amountCents: number; instrument: Instrument; durationMonths: number; purpose: string };
  interestCents?: number;
  /** The investor asked for a letter of intent when interested. */
  letterOfIntent?: boolean;
  introducedAt: Date;
}
