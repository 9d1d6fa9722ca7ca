import type { ApplicationProjection } from '../../src/domain/application-projection';

/**
 * An eligible application of an ESUS association in Hauts-de-France asking a 25 000 € seed loan,
 * its owner consenting to be shown to investors; override what a test is about.
 */
export function aProjection(overrides: Partial<ApplicationProjection> = {}): ApplicationProjection {
  return {
    applicationId: 'app-1',
    programmeId: 'programme-1',
    ownerId: 'owner-1',
    status: 'eligible',
    organisation: {
      name: 'Atelier Vélo Solidaire',
      siren: '732829320',
      legalForm: 'association',
      region: 'FR-HDF',
      esus: { certified: true, expiresOn: '2030-01-01' },
    },
    project: {
      impactAreas: ['inclusion', 'employment'],
      engagementDimensions: ['job-creation', 'social-link'],
      sdgs: [8, 10],
      stage: 'seed',
    },
    request: { amountCents: 2_500_000, instrument: 'loan', durationMonths: 36, purpose: 'Deux ateliers mobiles' },
    shareWithInvestors: true,
    version: 3,
    lastEventId: 'event-3',
    ...overrides,
  };
}
