import i18n from '../../i18n';
import { hoursInWords, medianInWords, passReasonRows, statusRows } from './stats';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const figures = {
  matches: 8,
  byStatus: { proposed: 2, interested: 1, passed: 4, declined: 0, introduced: 1, retracted: 0 },
  passReasons: { 'out-of-thesis': 1, 'ticket-size': 3, stage: 0, impact: 0, capacity: 0, other: 0 },
  medianHoursToFirstResponse: 30.25,
};

describe('matching’s figures in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('names each match status in French with its number and share, in a match’s order', () => {
    expect(statusRows(i18n.t, figures).map(({ label, count, share }) => [label, count, plain(share)])).toEqual([
      ['Proposé', '2', '25 %'],
      ['Intéressé', '1', '12,5 %'],
      ['Mise en relation faite', '1', '12,5 %'],
      ['Pas intéressé', '4', '50 %'],
      ['Décliné', '0', '0 %'],
      ['Retiré', '0', '0 %'],
    ]);
  });

  it('gives the reasons investors passed, the most given first, as shares of the passes', () => {
    const rows = passReasonRows(i18n.t, figures);
    expect(rows.slice(0, 2).map(({ label, share }) => [label, plain(share)])).toEqual([
      ['Montant inadapté', '75 %'],
      ['Hors de sa thèse d’investissement', '25 %'],
    ]);
  });

  it('has no pass reasons to show when nobody passed, and no share of nothing', () => {
    const none = {
      ...figures,
      matches: 0,
      passReasons: { ...figures.passReasons, 'out-of-thesis': 0, 'ticket-size': 0 },
    };
    expect(passReasonRows(i18n.t, none)).toEqual([]);
    expect(statusRows(i18n.t, none)[0].share).toBe('—');
  });

  it('says the median answer time in hours, in days past two days, or that nobody answered', async () => {
    expect(plain(medianInWords(i18n.t, figures))).toBe(
      'Délai médian avant la première réponse d’un financeur : 30,3 h.',
    );
    expect(hoursInWords(i18n.t, 96)).toBe('4 jours');
    expect(medianInWords(i18n.t, { ...figures, medianHoursToFirstResponse: null })).toBe(
      'Aucun financeur n’a encore répondu.',
    );
    await i18n.changeLanguage('en');
    expect(hoursInWords(i18n.t, 60)).toBe('2.5 days');
  });
});
