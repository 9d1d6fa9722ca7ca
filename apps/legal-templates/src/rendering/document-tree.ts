/**
 * One document, whatever format it becomes: the restricted HTML a body outputs is parsed into this
 * tree, and the HTML, PDF and DOCX renderers each walk it, so an article is a heading and a
 * repayment table a table in all three.
 */
export type Inline =
  | { kind: 'text'; text: string; strong?: boolean; em?: boolean; href?: string }
  | { kind: 'line-break' };

export interface TableCell {
  header: boolean;
  content: Inline[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'page-break' }
  /** Where a party signs: the party's role and the caption above the line. */
  | { kind: 'signature'; party: string; caption: Inline[] };

export interface DocumentTree {
  blocks: Block[];
}
