import i18n from '../../i18n';
import { explanationRows } from './explanation';

const message = (fr: string) => ({ fr, en: `(en) ${fr}` });

describe('a match’s explanation, criterion by criterion', () => {
  const lines = [
    { criterion: 'impact-areas', kind: 'criterion', weight: 30, contribution: 30, message: message('2 sur 2') },
    { criterion: 'region', kind: 'gate', passed: true, message: message('Île-de-France ciblée') },
    { criterion: 'sdgs', kind: 'criterion', weight: 10, contribution: 0, message: message('Aucun ODD commun') },
    { criterion: 'ticket-position', kind: 'criterion', weight: 15, contribution: 7.5, message: message('Milieu') },
    { criterion: 'esus', kind: 'gate', passed: false, message: message('ESUS exigé') },
  ] as const;

  it('puts the conditions first, each met or not, in words', () => {
    const rows = explanationRows(i18n.t, lines, 'fr');
    expect(rows.slice(0, 2)).toEqual([
      { criterion: 'Région', result: 'Condition remplie', against: false, detail: 'Île-de-France ciblée' },
      { criterion: 'Agrément ESUS', result: 'Condition non remplie', against: true, detail: 'ESUS exigé' },
    ]);
  });

  it('gives each criterion its points out of its weight, the French way', () => {
    const rows = explanationRows(i18n.t, lines, 'fr').slice(2);
    expect(rows.map((row) => [row.criterion, row.result, row.against])).toEqual([
      ['Domaines d’impact', '30 point(s) sur 30', false],
      ['Objectifs de développement durable', '0 point(s) sur 10', true],
      ['Place du montant dans votre ticket', '7,5 point(s) sur 15', false],
    ]);
  });

  it('says the matcher’s sentence in the page’s language', async () => {
    await i18n.changeLanguage('en');
    const rows = explanationRows(i18n.t, lines, 'en');
    expect(rows[0]).toMatchObject({
      criterion: 'Region',
      result: 'Condition met',
      detail: '(en) Île-de-France ciblée',
    });
    expect(rows[4].result).toBe('7.5 point(s) out of 15');
    await i18n.changeLanguage('fr');
  });
});
