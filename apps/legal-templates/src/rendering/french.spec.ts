import { amountInFigures, amountInWords, groupedSiren, longDate } from './french';

describe('French legal writing', () => {
  it.each([
    [1_000_000, 'dix-mille euros'],
    [1_250_000, 'douze-mille-cinq-cents euros'],
    [7_100, 'soixante-et-onze euros'],
    [8_000, 'quatre-vingts euros'],
    [9_200, 'quatre-vingt-douze euros'],
    [100, 'un euro'],
    [20_000_000, 'deux-cent-mille euros'],
    [100_000_000, 'un million d’euros'],
    [
      123_456_789,
      'un million deux-cent-trente-quatre-mille-cinq-cent-soixante-sept euros et quatre-vingt-neuf centimes',
    ],
    [8_000_000, 'quatre-vingt-mille euros'],
  ])('writes %i cents in French words: %s', (cents, words) => {
    expect(amountInWords(cents, 'fr')).toBe(words);
  });

  it('says « zéro euro », and refuses what is not a whole, non-negative number of cents', () => {
    expect(amountInWords(0, 'fr')).toBe('zéro euro');
    expect(amountInWords(50, 'fr')).toBe('zéro euro et cinquante centimes');
    for (const cents of [-100, 12.5, Number.NaN, '100' as unknown as number]) {
      expect(() => amountInWords(cents, 'fr')).toThrow('whole, non-negative number of cents');
      expect(() => amountInFigures(cents, 'en')).toThrow('whole, non-negative number of cents');
    }
  });

  it('writes amounts in English words', () => {
    expect(amountInWords(100_500, 'en')).toBe('one thousand and five euros');
    expect(amountInWords(1_250_050, 'en')).toBe('twelve thousand five hundred euros and fifty cents');
    expect(amountInWords(100_000_000, 'en')).toBe('one million euros');
  });

  it('writes figures with narrow no-break spaces in French', () => {
    expect(amountInFigures(1_250_000, 'fr')).toBe('12\u202f500,00\u202f€');
    expect(amountInFigures(1_250_000, 'en')).toBe('€12,500.00');
  });

  it('writes dates and SIREN as French documents do', () => {
    expect(longDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(longDate('2026-12-24', 'en')).toBe('24 December 2026');
    expect(groupedSiren('732829320')).toBe('732\u00a0829\u00a0320');
  });
});
