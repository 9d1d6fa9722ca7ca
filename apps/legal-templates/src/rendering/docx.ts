import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import type { Block, DocumentTree, Inline } from './document-tree';
import { FIXED_DATE } from './fonts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ORDERED = 'ordered';

function runsOf(content: Inline[], bold = false): ParagraphChild[] {
  return content.map((inline) => {
    if (inline.kind === 'line-break') return new TextRun({ break: 1 });
    const run = new TextRun({ text: inline.text, bold: bold || inline.strong, italics: inline.em });
    return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run;
  });
}

/** Numbered lists start at 1 each: every ordered list is an instance of its own. */
class ListCounter {
  private next = 0;
  take(): number {
    return ++this.next;
  }
}

type Item = { ordered: boolean; level: number; instance: number };

function blocksOf(blocks: Block[], lists: ListCounter, item?: Item): (Paragraph | Table)[] {
  return blocks.flatMap((block, index) => {
    // Only an item's first paragraph carries its number or bullet; what follows is indented with it.
    const marker =
      item && index === 0
        ? item.ordered
          ? { numbering: { reference: ORDERED, level: item.level, instance: item.instance } }
          : { bullet: { level: item.level } }
        : item
          ? { indent: { left: 720 * (item.level + 1) } }
          : {};
    return blockOf(block, lists, marker, item?.level ?? -1);
  });
}

function blockOf(block: Block, lists: ListCounter, marker: object, level: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runsOf(block.content), ...marker })];
    case 'paragraph':
      return [new Paragraph({ children: runsOf(block.content), ...marker })];
    case 'list': {
      const instance = block.ordered ? lists.take() : 0;
      return block.items.flatMap((item) =>
        blocksOf(item, lists, { ordered: block.ordered, level: level + 1, instance }),
      );
    }
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row) =>
              new TableRow({
                tableHeader: row.every((cell) => cell.header),
                children: row.map(
                  (cell) =>
                    new TableCell({ children: [new Paragraph({ children: runsOf(cell.content, cell.header) })] }),
                ),
              }),
          ),
        }),
      ];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'signature':
      return [
        new Paragraph({ spacing: { before: 480 }, children: runsOf(block.caption, true) }),
        // The line to sign on: an empty paragraph with a bottom border, below room for the signature.
        new Paragraph({
          spacing: { before: 720 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          children: [],
        }),
      ];
  }
}

/** A fixed sequence standing in for Math.random while docx draws its relationship ids. */
function seededRandom(seed = 0x5eed): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The package again, with the same dates in its properties and on every entry. */
function withFixedDates(docx: Uint8Array): Buffer {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core) {
    const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`),
    );
  }
  // fflate writes an entry's date from local-time fields: the same local midnight in every time zone.
  return Buffer.from(zipSync(files, { mtime: new Date(2000, 0, 1), level: 6 }));
}

/**
 * The document as DOCX: headings as Word headings, numbered and bulleted lists, real tables, page
 * breaks and signature lines. Its ids and dates are fixed: the same document gives the same bytes.
 */
export async function toDocx(tree: DocumentTree, meta: { title: string; locale: string }): Promise<Buffer> {
  const random = Math.random;
  let packed: Promise<Buffer>;
  // docx draws ids with Math.random while it builds and compiles the document, both synchronous.
  Math.random = seededRandom();
  try {
    const document = new Document({
      creator: 'Pollen',
      lastModifiedBy: 'Pollen',
      title: meta.title,
      styles: { default: { document: { run: { font: 'DejaVu Sans', size: 21 } } } },
      numbering: {
        config: [
          {
            reference: ORDERED,
            levels: [0, 1, 2, 3].map((level) => ({
              level,
              format: LevelFormat.DECIMAL,
              text: `%${level + 1}.`,
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
            })),
          },
        ],
      },
      sections: [{ children: blocksOf(tree.blocks, new ListCounter()) }],
    });
    packed = Packer.toBuffer(document);
  } finally {
    Math.random = random;
  }
  return withFixedDates(await packed);
}
