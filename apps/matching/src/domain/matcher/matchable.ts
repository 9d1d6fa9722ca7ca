import type {
  EngagementDimension,
  ImpactArea,
  Instrument,
  InvestmentThesisDto,
  LegalForm,
  Region,
  Stage,
} from '@pollen/contracts';

/** What the matcher reads of an application: its gates' and criteria's inputs, nothing personal. */
export interface MatchableApplication {
  applicationId: string;
  instrument: Instrument;
  region: Region;
  legalForm: LegalForm;
  stage?: Stage;
  amountCents: number;
  /** Holds the ESUS agrément today (certified, not expired). */
  esus: boolean;
  impactAreas: readonly ImpactArea[];
  engagementDimensions: readonly EngagementDimension[];
  sdgs: readonly number[];
}

/** What the matcher reads of an approved, active investor. */
export interface MatchableThesis {
  investorId: string;
  thesis: InvestmentThesisDto;
  capacityPerMonth: number;
  /** Matches the investor can still take this month (capacity less those already proposed). */
  remainingThisMonth: number;
}
