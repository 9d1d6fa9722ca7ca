import { day, list, moment, money, percent } from './format';
import i18n from './index';

// Intl writes French numbers with narrow no-break spaces (U+202F) and no-break spaces (U+00A0).
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('French formats first, English on the switch', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('writes amounts the French way, cents only when there are some', () => {
    expect(plain(money(1_250_000))).toBe('12 500 €');
    expect(plain(money(1_250_050))).toBe('12 500,50 €');
  });

  it('writes dates in Paris time', () => {
    expect(day('2026-12-31T23:30:00Z')).toBe('1 janvier 2027');
    expect(plain(moment('2026-12-04T08:30:00Z'))).toBe('4 décembre 2026 à 09:30');
  });

  it('writes lists and shares as sentences', () => {
    expect(list(['SCOP', 'SCIC', 'association'])).toBe('SCOP, SCIC et association');
    expect(plain(percent(0.5))).toBe('50 %');
  });

  it('switches to English', async () => {
    await i18n.changeLanguage('en');
    expect(money(1_250_000)).toBe('€12,500');
    expect(day('2026-12-04T08:30:00Z')).toBe('4 December 2026');
    expect(list(['SCOP', 'SCIC'])).toBe('SCOP and SCIC');
  });
});
