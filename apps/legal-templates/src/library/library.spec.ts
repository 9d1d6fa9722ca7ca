import { createHash } from 'node:crypto';

import { mappedCharacters, pdfText } from '@pollen/testing';
import { strFromU8, unzipSync } from 'fflate';

import { publishProblemsOf } from '../rendering/publish-checks';
import { renderDocumentInSandbox } from '../rendering/sandbox';
import { assertVariablesMatch } from '../rendering/variables-schema';
import { LIBRARY } from '.';

// PDF.js folds no-break spaces, and lines wrap: words are compared, whatever the spaces between them.
const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('the seed library', () => {
  it.each(LIBRARY.map((template) => [template.key, template] as const))(
    '%s passes every publishing check, and its example matches its schema',
    (_, template) => {
      expect(publishProblemsOf(template)).toEqual([]);
      expect(() => assertVariablesMatch(template.schema, template.example)).not.toThrow();
    },
  );

  describe.each(
    LIBRARY.flatMap((template) => (['fr', 'en'] as const).map((locale) => [template.key, locale, template] as const)),
  )('%s in %s', (_, locale, template) => {
    const render = () =>
      renderDocumentInSandbox({
        body: template.bodies[locale],
        variables: template.example,
        locale,
        document: { title: template.title[locale], formats: ['html', 'pdf', 'docx'] },
      });

    it('renders to HTML, PDF and DOCX, each saying the expected clauses and values, the same bytes each time', async () => {
      const files = await render();
      const pdf = Buffer.from(files.pdf ?? []);
      const html = Buffer.from(files.html ?? []).toString('utf8');
      const docx = strFromU8(unzipSync(new Uint8Array(files.docx ?? []))['word/document.xml']);
      const pdfWords = words(await pdfText(pdf));

      for (const expected of template.expected[locale]) {
        expect(html).toContain(expected);
        expect(docx).toContain(expected);
        expect(pdfWords).toContain(words(expected));
      }
      // The no-break spaces the expected values hold are in the PDF, though PDF.js reads them as spaces.
      const spaces = new Set(template.expected[locale].join('').match(/[\u00a0\u202f]/g) ?? []);
      for (const space of spaces) expect(mappedCharacters(pdf).has(space)).toBe(true);
      const hashOf = (bytes?: Uint8Array) =>
        createHash('sha256')
          .update(bytes ?? new Uint8Array())
          .digest('hex');
      const again = await render();
      expect([hashOf(again.html), hashOf(again.pdf), hashOf(again.docx)]).toEqual([
        hashOf(files.html),
        hashOf(files.pdf),
        hashOf(files.docx),
      ]);
    });
  });

  it('numbers the grant agreement’s articles on when the programme asks no co-financing', async () => {
    const grant = LIBRARY.find((template) => template.key === 'convention-de-subvention');
    const { cofinancing: _none, ...variables } = grant?.example ?? {};
    const files = await renderDocumentInSandbox({
      body: grant?.bodies.fr ?? '',
      variables,
      locale: 'fr',
      document: { title: 'Convention', formats: ['html'] },
    });
    const html = Buffer.from(files.html ?? []).toString('utf8');

    expect(html).not.toContain('Cofinancement');
    expect(html).toContain('Article 3 — Durée et compte rendu');
    expect(html).toContain('Article 6 — Droit applicable et litiges');
  });
});
