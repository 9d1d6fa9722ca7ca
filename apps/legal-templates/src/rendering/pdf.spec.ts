import { createHash } from 'node:crypto';

import { mappedCharacters, pdfText } from '@pollen/testing';

import { documentTreeOf } from './markup';
import { toPdf } from './pdf';

describe('toPdf', () => {
  const tree = documentTreeOf(`
    <h1>Convention de subvention</h1>
    <h2>Article 1 — Objet</h2>
    <p>La <strong>Région démo</strong> accorde à « Atelier Vélo Solidaire » une subvention de 12\u202f500,00\u202f€.</p>
    <ol><li>Première tranche</li><li>Solde</li></ol>
    <table><tr><th>Échéance</th><th>Montant</th></tr><tr><td>15 janvier 2027</td><td>7\u202f500,00\u202f€</td></tr></table>
    <page-break/>
    <signature-block party="beneficiary">Pour le bénéficiaire</signature-block>`);

  it('writes French text that survives extraction: accents, guillemets, the euro and narrow no-break spaces', async () => {
    const pdf = await toPdf(tree, { title: 'Convention de subvention', locale: 'fr' });
    // PDF.js folds no-break spaces into plain ones: compare words, then look for them in the fonts' maps.
    const text = (await pdfText(pdf)).replace(/[\u00a0\u202f]/g, ' ');

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect([...mappedCharacters(pdf)]).toEqual(expect.arrayContaining(['\u202f', '€', '«', '»', 'É', 'è']));
    for (const expected of [
      'Convention de subvention',
      'Article 1 — Objet',
      '« Atelier Vélo Solidaire »',
      '12 500,00 €',
      '1. Première tranche',
      'Échéance',
      '7 500,00 €',
      'Pour le bénéficiaire',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives the same bytes for the same document', async () => {
    const hash = async () =>
      createHash('sha256')
        .update(await toPdf(tree, { title: 'Convention', locale: 'fr' }))
        .digest('hex');

    expect(await hash()).toBe(await hash());
  });
});
