import { toHtml } from './html';
import { documentTreeOf, MarkupOutsideSubset, unsupportedMarkupOfSource } from './markup';

describe('the restricted HTML of a body', () => {
  it('becomes one document tree: headings, paragraphs with marks, lists, tables, page breaks and signatures', () => {
    const tree = documentTreeOf(`
      <h1>Convention de subvention</h1>
      <h2>Article 1 — Objet</h2>
      <p>La <strong>Région</strong> accorde une <em>subvention</em>,<br>versée en tranches.</p>
      <ol><li>Première tranche<ul><li>à la signature</li></ul></li><li>Solde</li></ol>
      <table><thead><tr><th>Échéance</th><th>Montant</th></tr></thead>
        <tbody><tr><td>2027-01-15</td><td>5&nbsp;000 €</td></tr></tbody></table>
      <page-break/>
      <signature-block party="applicant">Pour l’association</signature-block>`);

    expect(tree.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'list',
      'table',
      'page-break',
      'signature',
    ]);
    expect(tree.blocks[2]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'La ' },
        { kind: 'text', text: 'Région', strong: true },
        { kind: 'text', text: ' accorde une ' },
        { kind: 'text', text: 'subvention', em: true },
        { kind: 'text', text: ',' },
        { kind: 'line-break' },
        { kind: 'text', text: 'versée en tranches.' },
      ],
    });
    expect(tree.blocks[3]).toMatchObject({
      kind: 'list',
      ordered: true,
      items: [
        [
          { kind: 'paragraph', content: [{ text: 'Première tranche' }] },
          { kind: 'list', ordered: false, items: [[{ kind: 'paragraph' }]] },
        ],
        [{ kind: 'paragraph', content: [{ text: 'Solde' }] }],
      ],
    });
    expect(tree.blocks[4]).toMatchObject({
      kind: 'table',
      rows: [
        [{ header: true }, { header: true }],
        [{ header: false, content: [{ text: '2027-01-15' }] }, { content: [{ text: '5\u00a0000 €' }] }],
      ],
    });
    expect(tree.blocks[6]).toMatchObject({
      kind: 'signature',
      party: 'applicant',
      caption: [{ text: 'Pour l’association' }],
    });
  });

  it('names every element and attribute outside the subset, in the Liquid source too', () => {
    expect(() => documentTreeOf('<p onclick="x">a</p><script>alert(1)</script>')).toThrow(MarkupOutsideSubset);
    expect(
      unsupportedMarkupOfSource(
        '{% if a %}<div>{{ a }}</div>{% else %}<img src="{{ b }}">{% endif %}<p style="x">c</p>',
      ),
    ).toEqual([{ element: 'div' }, { element: 'img' }, { element: 'p', attribute: 'style' }]);
    expect(unsupportedMarkupOfSource('{% for t in tranches %}<tr><td>{{ t.amount }}</td></tr>{% endfor %}')).toEqual(
      [],
    );
  });

  it('refuses links that are not https or mailto, and nesting deeper than a document needs', () => {
    expect(unsupportedMarkupOfSource('<p><a href="javascript:alert(1)">x</a><a href="https://x.fr">y</a></p>')).toEqual(
      [{ element: 'a', attribute: 'href' }],
    );
    expect(
      unsupportedMarkupOfSource('<p><a href="{{ url }}">site</a><a href="mailto:{{ email }}">mail</a></p>'),
    ).toEqual([]);
    expect(() => documentTreeOf(`<p>${'<em>'.repeat(50_000)}x</p>`)).toThrow('nested deeper than 32');
  });

  it('reads an unclosed Liquid tag without scanning the body again and again', () => {
    const started = Date.now();
    expect(unsupportedMarkupOfSource(`<p>a</p>${'{%'.repeat(100_000)}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('renders the tree back to a standalone, escaped HTML page', () => {
    const html = toHtml(documentTreeOf('<h1>A &amp; B</h1><p>x &lt; y</p>'), 'Titre', 'fr');

    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>A &amp; B</h1><p>x &lt; y</p>'.replace('</h1><p>', '</h1>\n<p>'));
  });
});
