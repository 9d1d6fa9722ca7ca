import type { MatchIntroducedData } from '@pollen/contracts';

import type { ApplicationFacts, IntroductionFacts, InvestorFacts, ProgrammeFacts } from '../../src/domain/deal-facts';
import { newDraft } from '../../src/domain/template-version';
import { LIBRARY } from '../../src/library';
import type { TemplateVersionStore } from '../../src/repositories/template-version.store';

export const PROGRAMME_ID = '0b8f3c2e-1d4a-4e5f-8a9b-1c2d3e4f5a60';
export const APPLICATION_ID = '6f1c2a4e-3b5d-4e8f-9a0b-1c2d3e4f5a6b';
export const MATCH_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const OWNER_ID = 'applicant-account';
export const INVESTOR_ID = 'investor-account';

/** A regional grant programme paying in two instalments and capping its share of the cost at half. */
export function aProgramme(overrides: Partial<ProgrammeFacts> = {}): ProgrammeFacts {
  return {
    id: PROGRAMME_ID,
    version: 1,
    title: 'Appel à projets Innovation sociale 2027',
    operator: { name: 'Région Hauts-de-France', legalForm: 'collectivité territoriale', siren: '200053742' },
    kind: 'grant',
    maxShareOfCost: 0.5,
    tranches: [
      { sharePercent: 60, monthsAfterSigning: 0, condition: 'à la signature' },
      { sharePercent: 40, monthsAfterSigning: 9, condition: 'sur compte rendu intermédiaire' },
    ],
    ...overrides,
  };
}

export function anApplication(overrides: Partial<ApplicationFacts> = {}): ApplicationFacts {
  return {
    id: APPLICATION_ID,
    version: 3,
    ownerId: OWNER_ID,
    programmeId: PROGRAMME_ID,
    organisation: { name: 'Atelier Vélo Solidaire', legalForm: 'association', siren: '732829320' },
    project: { title: 'Ateliers vélo solidaires', totalCostCents: 8_000_000, impactAreas: ['mobility'] },
    request: { amountCents: 4_000_000, instrument: 'loan', durationMonths: 24, purpose: 'Ouvrir deux ateliers.' },
    ...overrides,
  };
}

/** The investor's organisation, as `investor.organisation-stated` told it. */
export function anInvestor(): InvestorFacts {
  return { id: INVESTOR_ID, version: 2, organisation: { name: 'Fonds Solidaire Démo' } };
}

export function anIntroduction(overrides: Partial<IntroductionFacts> = {}): IntroductionFacts {
  return {
    matchId: MATCH_ID,
    applicationId: APPLICATION_ID,
    applicant: {
      accountId: OWNER_ID,
      locale: 'fr',
      organisation: { name: 'Atelier Vélo Solidaire', legalForm: 'association', siren: '732829320' },
    },
    investor: { accountId: INVESTOR_ID, locale: 'en', organisation: anInvestor().organisation },
    request: { amountCents: 4_000_000, instrument: 'loan', durationMonths: 24, purpose: 'Ouvrir deux ateliers.' },
    introducedAt: new Date('2026-12-01T10:00:00Z'),
    ...overrides,
  };
}

/** The `match.introduced` data of anIntroduction(), as matching publishes it. */
export function introducedData(interest: MatchIntroducedData['interest'] = {}): MatchIntroducedData {
  const introduction = anIntroduction();
  return {
    matchId: MATCH_ID,
    applicationId: APPLICATION_ID,
    investorId: INVESTOR_ID,
    programmeId: PROGRAMME_ID,
    applicant: {
      ...introduction.applicant,
      organisation: { ...introduction.applicant.organisation, legalForm: 'association', region: 'FR-HDF' },
    },
    investor: { accountId: INVESTOR_ID, locale: introduction.investor.locale, kind: 'impact-fund' },
    request: introduction.request,
    interest,
  };
}

/** The seed library published, as the service does at start. */
export async function publishLibrary(store: TemplateVersionStore): Promise<void> {
  for (const { example: _example, expected: _expected, key, ...draft } of LIBRARY) {
    const at = new Date('2026-11-01T00:00:00Z');
    await store.insert({ ...newDraft(key, draft, 'seed', at), status: 'published', publishedAt: at }, []);
  }
}
