import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

import { storedText } from './stored-text';

const pdfOf = (text: string) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });

describe('storedText', () => {
  it('reads the text layer of a compressed PDF', async () => {
    expect(await storedText(await pdfOf('Signé par Anouk Quintavalle'))).toContain('Signé par Anouk Quintavalle');
  });

  it('reads the words of a DOCX, even split across runs', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(
        '<w:p><w:r><w:t>Anouk Quin</w:t></w:r><w:r><w:t>tavalle &amp; Cie</w:t></w:r></w:p>',
      ),
    });
    expect(await storedText(docx)).toContain('Anouk Quintavalle & Cie');
  });

  it('reads anything else as UTF-8', async () => {
    expect(await storedText(Buffer.from('<p>Léa Dubois</p>'))).toBe('<p>Léa Dubois</p>');
  });
});
