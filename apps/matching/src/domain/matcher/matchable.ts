import {
  type EngagementDimension,
  type ImpactArea,
  type Instrument,
  type InvestmentThesisDto,
  type LegalForm,
  parisDay,
  type Region,
  type Stage,
} from '@pollen/contracts';

import type { ApplicationProjection } from '../application-projection';

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

/**
 * What the matcher reads of a projected application on `at` (a French calendar day for ESUS), or
 * undefined while it lacks what the gates read (a draft; an eligible application has it all).
 */
export function toMatchable(projection: ApplicationProjection, at: Date): MatchableApplication | undefined {
  const { organisation, project, request } = projection;
  if (!request.instrument || request.amountCents === undefined || !organisation.region || !organisation.legalForm) {
    return undefined;
  }
  const esus = organisation.esus;
  return {
    applicationId: projection.applicationId,
    instrument: request.instrument,
    region: organisation.region,
    legalForm: organisation.legalForm,
    ...(project.stage ? { stage: project.stage } : {}),
    amountCents: request.amountCents,
    esus: Boolean(esus?.certified && esus.expiresOn && esus.expiresOn >= parisDay(at)),
    impactAreas: project.impactAreas ?? [],
    engagementDimensions: project.engagementDimensions ?? [],
    sdgs: project.sdgs ?? [],
  };
}
