import i18n from '../../i18n';
import { reasonInWords } from './reasons';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const message = { fr: '', en: '' };

describe('why an application fails a rule, in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('names codes as words, in French', () => {
    expect(
      reasonInWords(i18n.t, {
        rule: 'legal-form',
        code: 'legal-form-not-accepted',
        expected: ['association', 'scic'],
        actual: 'sas',
        message,
      }),
    ).toBe(
      'La forme juridique (SAS) n’est pas acceptée : ce programme accepte Association et SCIC (société coopérative d’intérêt collectif).',
    );
    expect(
      reasonInWords(i18n.t, {
        rule: 'region',
        code: 'region-not-covered',
        expected: ['FR-IDF'],
        actual: null,
        message,
      }),
    ).toBe('La région (non renseignée) n’est pas couverte : ce programme couvre Île-de-France.');
  });

  it('writes amounts and shares the French way, and English on the switch', async () => {
    const share = {
      rule: 'co-financing',
      code: 'share-of-cost-exceeded',
      expected: { maxShareOfCost: 0.5, maxAmountCents: 4_000_000 },
      actual: { totalCostCents: 8_000_000, amountCents: 6_000_000, share: 0.75 },
      message,
    } as const;
    expect(plain(reasonInWords(i18n.t, share))).toBe(
      'Le montant demandé représente 75 % du coût total du projet ; le programme en finance au plus 50 %, soit 40 000 €.',
    );
    await i18n.changeLanguage('en');
    expect(reasonInWords(i18n.t, share)).toBe(
      'The amount requested is 75% of the project’s total cost; the programme pays at most 50%, that is €40,000.',
    );
  });
});
