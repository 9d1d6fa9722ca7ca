import i18n from '../../i18n';
import { rulesInWords } from './rules';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('a programme’s eligibility rules in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  const programme = {
    kind: 'grant' as const,
    maxShareOfCost: 0.5,
    eligibility: {
      legalForms: ['scop' as const, 'association' as const],
      regions: ['FR-BRE' as const],
      esusRequired: true,
      minAmountCents: 500_000,
      maxAmountCents: 5_000_000,
    },
  };

  it('says each rule as a French sentence, codes as words', () => {
    expect(rulesInWords(i18n.t, programme).map(plain)).toEqual([
      'Financement proposé : Subvention.',
      'Formes juridiques acceptées : SCOP (société coopérative et participative) et Association.',
      'Régions couvertes : Bretagne.',
      'Agrément ESUS en cours de validité exigé.',
      'Montant demandé entre 5 000 € et 50 000 €.',
      'Le programme finance au plus 50 % du coût total du projet.',
    ]);
  });

  it('says a one-sided amount and no other rule in English', async () => {
    await i18n.changeLanguage('en');
    expect(rulesInWords(i18n.t, { kind: 'loan', eligibility: { maxAmountCents: 2_000_000 } })).toEqual([
      'Funding offered: Loan.',
      'Amount requested of at most €20,000.',
    ]);
  });
});
