import { vettingActionsFrom as vettingActions } from '@pollen/contracts/browser';

import i18n from '../../i18n';
import { needsReason, statusOf, thesisInWords } from './vetting';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('the vetting actions an investor’s status allows', () => {
  it('offers approving or rejecting a pending investor, suspending an approved one, reinstating a suspended one', () => {
    expect(vettingActions('pending')).toEqual(['approve', 'reject']);
    expect(vettingActions('approved')).toEqual(['suspend']);
    expect(vettingActions('suspended')).toEqual(['reinstate']);
  });

  it('offers nothing once an investor is rejected', () => {
    expect(vettingActions('rejected')).toEqual([]);
  });

  it('asks for a reason to reject or suspend only', () => {
    expect((['approve', 'reject', 'suspend', 'reinstate'] as const).filter(needsReason)).toEqual(['reject', 'suspend']);
  });

  it('opens the queue on the pending investors unless the address names another status', () => {
    expect(statusOf(null)).toBe('pending');
    expect(statusOf('nonsense')).toBe('pending');
    expect(statusOf('suspended')).toBe('suspended');
  });
});

describe('an investor’s thesis in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  const thesis = {
    instruments: ['grant' as const, 'loan' as const],
    regions: ['FR-IDF' as const],
    legalForms: [],
    stages: ['seed' as const],
    ticketMinCents: 1_000_000,
    ticketMaxCents: 15_000_000,
    esusRequired: true,
    impactAreas: ['inclusion' as const, 'mobility' as const],
    engagementDimensions: ['social-link' as const],
    sdgs: [8, 10],
  };

  it('says each criterion in French, an empty one as « Indifférent »', () => {
    const lines = Object.fromEntries(thesisInWords(i18n.t, thesis).map(({ label, value }) => [label, plain(value)]));
    expect(lines).toEqual({
      'Financements proposés': 'Subvention et Prêt',
      Ticket: 'De 10 000 € à 150 000 €',
      Régions: 'Île-de-France',
      'Formes juridiques': 'Indifférent',
      'Stades des projets': 'Amorçage',
      'Domaines d’impact': 'Inclusion et Mobilité',
      'Dimensions d’engagement': 'Lien social',
      'Objectifs de développement durable': 'ODD 8 et ODD 10',
      'Agrément ESUS': 'Exigé',
    });
  });

  it('says it in English too', async () => {
    await i18n.changeLanguage('en');
    const lines = thesisInWords(i18n.t, { ...thesis, esusRequired: false, regions: undefined });
    expect(lines.find(({ label }) => label === 'Regions')?.value).toBe('Any');
    expect(lines.find(({ label }) => label === 'ESUS certification')?.value).toBe('Not required');
  });
});
