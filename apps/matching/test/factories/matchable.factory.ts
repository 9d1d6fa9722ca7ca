import type { InvestmentThesisDto } from '@pollen/contracts';

import type { MatchableApplication, MatchableThesis } from '../../src/domain/matcher/matchable';

/** An ESUS association in Hauts-de-France asking a 25 000 € seed loan; override what a test is about. */
export function aMatchableApplication(overrides: Partial<MatchableApplication> = {}): MatchableApplication {
  return {
    applicationId: 'app-1',
    instrument: 'loan',
    region: 'FR-HDF',
    legalForm: 'association',
    stage: 'seed',
    amountCents: 2_500_000,
    esus: true,
    impactAreas: ['inclusion', 'employment'],
    engagementDimensions: ['job-creation', 'social-link'],
    sdgs: [8, 10],
    ...overrides,
  };
}

/** A thesis the application above passes every gate of; override what a test is about. */
export function aMatchableThesis(
  thesis: Partial<InvestmentThesisDto> = {},
  overrides: Partial<Omit<MatchableThesis, 'thesis'>> = {},
): MatchableThesis {
  return {
    investorId: 'investor-1',
    thesis: {
      instruments: ['loan', 'quasi-equity'],
      regions: ['FR-HDF', 'FR-IDF'],
      legalForms: ['association', 'scic'],
      stages: ['seed', 'growth'],
      ticketMinCents: 1_000_000,
      ticketMaxCents: 4_000_000,
      esusRequired: true,
      impactAreas: ['inclusion'],
      engagementDimensions: ['job-creation'],
      sdgs: [8],
      ...thesis,
    },
    capacityPerMonth: 10,
    remainingThisMonth: 10,
    ...overrides,
  };
}
