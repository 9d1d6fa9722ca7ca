import { createHash } from 'node:crypto';

import { strFromU8, unzipSync } from 'fflate';

import { toDocx } from './docx';
import { documentTreeOf } from './markup';

/** The text of word/document.xml, its tags set aside. */
const documentXmlOf = (docx: Buffer): string => strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);

describe('toDocx', () => {
  const tree = documentTreeOf(`
    <h1>Contrat de prêt</h1>
    <h2>Article 2 — Remboursement</h2>
    <p>Le prêt de <strong>30\u202f000,00\u202f€</strong> est remboursé <em>mensuellement</em>.</p>
    <ol><li>Première échéance</li><li>Dernière échéance</li></ol>
    <table><tr><th>Échéance</th><th>Capital restant dû</th></tr><tr><td>1er février 2027</td><td>29\u202f166,67\u202f€</td></tr></table>
    <page-break/>
    <signature-block party="lender">Pour le prêteur</signature-block>`);

  it('writes Word headings, runs, numbered lists, a real table and a page break', async () => {
    const xml = documentXmlOf(await toDocx(tree, { title: 'Contrat de prêt', locale: 'fr' }));

    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('Article 2 — Remboursement');
    expect(xml).toContain('30\u202f000,00\u202f€');
    expect(xml).toMatch(/<w:b\/>.*30\u202f000,00/s);
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('29\u202f166,67\u202f€');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('Pour le prêteur');
  });

  it('gives the same bytes for the same document, however many were made before', async () => {
    const hash = async () =>
      createHash('sha256')
        .update(await toDocx(tree, { title: 'Contrat', locale: 'fr' }))
        .digest('hex');

    const first = await hash();
    await toDocx(documentTreeOf('<ol><li>a</li></ol><ol><li>b</li></ol>'), { title: 'x', locale: 'fr' });
    expect(await hash()).toBe(first);
  });
});
