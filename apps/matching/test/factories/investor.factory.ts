import type { InvestorProfileDto } from '@pollen/contracts';

import type { Investor } from '../../src/domain/investor';

/** A complete, valid profile; override what a test is about. */
export function aProfile(overrides: Partial<InvestorProfileDto> = {}): InvestorProfileDto {
  return {
    organisation: { name: 'Fonds Solidaire Démo', siren: '552100554' },
    kind: 'impact-fund',
    contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example' },
    thesis: {
      instruments: ['loan', 'quasi-equity'],
      regions: [],
      legalForms: [],
      stages: ['seed', 'growth'],
      ticketMinCents: 1_000_000,
      ticketMaxCents: 10_000_000,
      esusRequired: false,
      impactAreas: [],
      engagementDimensions: ['job-creation'],
      sdgs: [8, 10],
    },
    capacityPerMonth: 5,
    active: true,
    ...overrides,
  };
}

/** A pending investor at its first version, created on 1 March 2026; override what a test is about. */
export function anInvestor(overrides: Partial<Investor> = {}): Investor {
  const createdAt = new Date('2026-03-01T10:00:00Z');
  return {
    id: 'investor-1',
    status: 'pending',
    version: 1,
    appliedRequestIds: [],
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}
