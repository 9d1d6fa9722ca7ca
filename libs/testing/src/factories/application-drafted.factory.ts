import { randomUUID } from 'node:crypto';

import type { ApplicationDraftedData, EventOf } from '@pollen/contracts';

interface DraftedOverrides {
  applicationId?: string;
  aggregateVersion?: number;
  data?: Partial<ApplicationDraftedData>;
}

/** An `application.drafted` envelope as the applications service publishes it. */
export function applicationDrafted(overrides: DraftedOverrides = {}): EventOf<'application.drafted'> {
  const applicationId = overrides.applicationId ?? randomUUID();
  return {
    id: randomUUID(),
    type: 'application.drafted',
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'applications',
    subject: applicationId,
    aggregateVersion: overrides.aggregateVersion ?? 1,
    correlationId: randomUUID(),
    data: {
      applicationId,
      programmeId: 'prog-esus-2025',
      ownerId: `acc-${randomUUID().slice(0, 8)}`,
      status: 'draft',
      organisation: {
        name: 'Les Jardins Partagés',
        siren: '732829320',
        legalForm: 'scic',
        region: 'FR-NAQ',
        essCompany: false,
        esus: { certified: true, expiresOn: '2028-06-30' },
      },
      project: {
        title: 'Maraîchage d’insertion',
        summary: 'Des jardins qui emploient des personnes éloignées de l’emploi',
        impactAreas: ['inclusion', 'food-waste'],
        engagementDimensions: ['job-creation', 'social-link'],
        sdgs: [2, 8, 12],
        stage: 'seed',
        beneficiaries: 40,
        totalCostCents: 12_000_000,
      },
      request: { amountCents: 5_000_000, instrument: 'honour-loan', purpose: 'Serres', durationMonths: 36 },
      ...overrides.data,
    },
  };
}
