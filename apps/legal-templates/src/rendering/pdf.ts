import PDFDocument from 'pdfkit';

import type { Block, DocumentTree, Inline } from './document-tree';
import { faceOf, FIXED_DATE, FONT_FILES, type FontFace } from './fonts';

const MARGIN = 56; // 2 cm
const SIZES = { 1: 17, 2: 13, 3: 11.5 } as const;
const BODY = 10.5;

type Pdf = PDFKit.PDFDocument;

/** A line of runs: the inline content split at its line breaks. */
function linesOf(content: Inline[]): Extract<Inline, { kind: 'text' }>[][] {
  const lines: Extract<Inline, { kind: 'text' }>[][] = [[]];
  for (const inline of content) {
    if (inline.kind === 'line-break') lines.push([]);
    else lines[lines.length - 1].push(inline);
  }
  return lines;
}

function writeInlines(doc: Pdf, content: Inline[], size: number, face: FontFace = 'regular', prefix = ''): void {
  doc.fontSize(size);
  for (const line of linesOf(content)) {
    const runs = prefix ? [{ kind: 'text' as const, text: prefix }, ...line] : line;
    prefix = '';
    if (runs.length === 0) {
      doc.moveDown(0.6);
      continue;
    }
    runs.forEach((run, index) => {
      doc.font(FONT_FILES[face === 'regular' ? faceOf(run) : face]);
      doc.text(run.text, {
        continued: index < runs.length - 1,
        ...(run.href ? { link: run.href, underline: true } : { link: null, underline: false }),
      });
    });
  }
}

function writeBlocks(doc: Pdf, blocks: Block[], indent: number, prefix = ''): void {
  blocks.forEach((block, index) => writeBlock(doc, block, indent, index === 0 ? prefix : ''));
}

function writeBlock(doc: Pdf, block: Block, indent: number, prefix: string): void {
  doc.x = MARGIN + indent;
  switch (block.kind) {
    case 'heading':
      doc.moveDown(block.level === 1 ? 0.2 : 0.6);
      writeInlines(doc, block.content, SIZES[block.level], 'bold', prefix);
      doc.moveDown(0.4);
      return;
    case 'paragraph':
      writeInlines(doc, block.content, BODY, 'regular', prefix);
      doc.moveDown(0.5);
      return;
    case 'list':
      block.items.forEach((item, number) =>
        writeBlocks(doc, item, indent + 18, block.ordered ? `${number + 1}. ` : '• '),
      );
      return;
    case 'table':
      doc.font(FONT_FILES.regular).fontSize(BODY - 1);
      doc.table({
        data: block.rows.map((row) =>
          row.map((cell) => ({
            text: cell.content.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join(''),
            font: { src: FONT_FILES[cell.header ? 'bold' : 'regular'] },
          })),
        ),
      });
      doc.moveDown(0.6);
      return;
    case 'page-break':
      doc.addPage();
      return;
    case 'signature': {
      // The caption, the room to sign and the line stay together on one page.
      if (doc.y + 90 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      doc.moveDown(1.5);
      writeInlines(doc, block.caption, BODY, 'bold', prefix);
      const y = doc.y + 40;
      doc
        .moveTo(doc.x, y)
        .lineTo(doc.x + 200, y)
        .stroke();
      doc.y = y + 12;
      doc.moveDown(0.5);
      return;
    }
  }
}

/**
 * The document as an A4 PDF with DejaVu Sans embedded, so French text survives extraction. Its
 * dates are fixed, and with them the file's /ID: the same document gives the same bytes.
 */
export function toPdf(tree: DocumentTree, meta: { title: string; locale: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: meta.locale,
    displayTitle: true,
    info: { Title: meta.title, Creator: 'Pollen', Producer: 'Pollen', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  // Fonts are named by their files, not registered names: pdfkit caches a font under the name it
  // was first loaded by, and a table cell restores the font by its file, so a registered name
  // would have the font file parsed again for every cell (seconds for a repayment table).
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  writeBlocks(doc, tree.blocks, 0);
  doc.end();
  return ended;
}
