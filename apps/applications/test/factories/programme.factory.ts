import type { Programme } from '../../src/domain/programme';

const DAY = 24 * 60 * 60 * 1000;

/** An open regional grant with every kind of rule, to be narrowed or widened per test. */
export function aProgramme(overrides: Partial<Programme> = {}, now = new Date()): Programme {
  return {
    id: 'programme-1',
    title: 'Innovation sociale',
    description: 'Subvention régionale',
    operatorName: 'Région démo',
    kind: 'grant',
    opensAt: new Date(now.getTime() - 10 * DAY),
    closesAt: new Date(now.getTime() + 30 * DAY),
    budgetCents: 100_000_000,
    maxShareOfCost: 0.5,
    eligibility: {
      legalForms: ['association', 'scic'],
      regions: ['FR-IDF'],
      impactAreas: ['inclusion', 'employment'],
      stages: ['seed', 'growth'],
      esusRequired: true,
      minAmountCents: 1_000_000,
      maxAmountCents: 15_000_000,
    },
    version: 1,
    createdBy: 'ops',
    appliedRequestIds: [],
    createdAt: new Date(now.getTime() - 20 * DAY),
    updatedAt: new Date(now.getTime() - 20 * DAY),
    ...overrides,
  };
}

/** A complete application body that meets every rule of aProgramme(). */
export function aCompleteDraft(now = new Date()) {
  return {
    organisation: {
      name: 'La Cyclofficine',
      siren: '732829320',
      legalForm: 'association' as const,
      region: 'FR-IDF' as const,
      essCompany: false,
      esus: { certified: true, expiresOn: new Date(now.getTime() + 365 * DAY).toISOString().slice(0, 10) },
    },
    project: {
      title: 'Ateliers vélo solidaires',
      summary: 'Réparation de vélos par des personnes en insertion',
      impactAreas: ['inclusion' as const, 'mobility' as const],
      stage: 'seed' as const,
      beneficiaries: 400,
      totalCostCents: 8_000_000,
    },
    request: {
      amountCents: 4_000_000,
      instrument: 'grant' as const,
      purpose: 'Salaires des encadrants',
      durationMonths: 24,
    },
  };
}
