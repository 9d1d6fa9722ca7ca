import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import type { Block, DocumentTree, Inline, TableCell } from './document-tree';

/** Markup a body may output, each with the attributes it may carry. */
const SUBSET: Record<string, readonly string[]> = {
  h1: [],
  h2: [],
  h3: [],
  p: [],
  ol: [],
  ul: [],
  li: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  strong: [],
  em: [],
  br: [],
  a: ['href'],
  'page-break': [],
  'signature-block': ['party'],
};

/** An element or attribute outside the subset: publishing refuses the body (422). */
export interface UnsupportedMarkup {
  element: string;
  attribute?: string;
}

export class MarkupOutsideSubset extends Error {
  constructor(readonly found: UnsupportedMarkup[]) {
    super(
      `markup outside the subset: ${found.map((f) => (f.attribute ? `${f.element}[${f.attribute}]` : f.element)).join(', ')}`,
    );
  }
}

const parse = (html: string) => parseDocument(html, { recognizeSelfClosing: true, lowerCaseTags: true });

/** Deeper than any document needs: the tree's walks recurse, and a hostile body must not overflow them. */
const MAX_DEPTH = 32;

/** Where a link may lead: the web over TLS, or an e-mail address (never `javascript:` or `data:`). */
const LINK = /^(https:|mailto:)/i;

/** Every element and attribute of `html` outside the subset, each named once, and nesting past MAX_DEPTH. */
export function unsupportedMarkupOf(html: string): UnsupportedMarkup[] {
  const found = new Map<string, UnsupportedMarkup>();
  // Iterative: the check must hold for a body nested deeper than any recursion could go.
  const pending: { nodes: ChildNode[]; depth: number }[] = [{ nodes: parse(html).children, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const node of next.nodes) {
      if (!isTag(node)) continue;
      const allowed = SUBSET[node.name];
      if (!allowed) found.set(node.name, { element: node.name });
      for (const [attribute, value] of Object.entries(node.attribs)) {
        const refused = allowed && (!allowed.includes(attribute) || (attribute === 'href' && !LINK.test(value)));
        if (refused) found.set(`${node.name}[${attribute}]`, { element: node.name, attribute });
      }
      if (next.depth + 1 > MAX_DEPTH) {
        found.set('depth', { element: `${node.name} nested deeper than ${MAX_DEPTH}` });
      } else {
        pending.push({ nodes: node.children, depth: next.depth + 1 });
      }
    }
  }
  return [...found.values()];
}

/**
 * The body's source with its Liquid set aside, in one pass: tags go, outputs become a link-safe
 * word (`href="{{ url }}"` is checked when rendered). An unclosed tag ends the scan.
 */
function withoutLiquid(body: string): string {
  let kept = '';
  let at = 0;
  for (;;) {
    const tag = body.indexOf('{%', at);
    const output = body.indexOf('{{', at);
    const start = tag < 0 ? output : output < 0 ? tag : Math.min(tag, output);
    if (start < 0) return kept + body.slice(at);
    const isOutput = start === output;
    const end = body.indexOf(isOutput ? '}}' : '%}', start + 2);
    kept += body.slice(at, start) + (isOutput ? 'https://x' : '');
    if (end < 0) return kept;
    at = end + 2;
  }
}

/**
 * The markup of a body's source, its Liquid set aside: every branch and loop body counts, and
 * outputs cannot add markup (they are escaped). What Liquid itself writes (`tablerow`, a `raw`
 * block) is checked when the body is rendered, where a document is always parsed again.
 */
export function unsupportedMarkupOfSource(body: string): UnsupportedMarkup[] {
  return unsupportedMarkupOf(withoutLiquid(body));
}

/** The document a rendered body describes; markup outside the subset throws. */
export function documentTreeOf(html: string): DocumentTree {
  const unsupported = unsupportedMarkupOf(html);
  if (unsupported.length > 0) throw new MarkupOutsideSubset(unsupported);
  return { blocks: blocksOf(parse(html).children) };
}

// HTML's white space only: the no-break spaces of French typography (« 12 500 € ») are text.
const SPACES = /[ \t\n\r\f]+/g;
const isBlank = (node: ChildNode) => isText(node) && node.data.replace(SPACES, '') === '';

function blocksOf(nodes: ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: ChildNode[] = [];
  // Text and inline markup between blocks (a list item's words) become a paragraph of their own.
  const flush = () => {
    const content = inlinesOf(loose);
    if (content.some((inline) => inline.kind === 'text' && inline.text.replace(SPACES, '') !== '')) {
      blocks.push({ kind: 'paragraph', content: trimmed(content) });
    }
    loose = [];
  };
  for (const node of nodes) {
    const block = isTag(node) ? blockOf(node) : undefined;
    if (block) {
      flush();
      blocks.push(block);
    } else if (!isBlank(node) || loose.length > 0) {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}

function blockOf(element: Element): Block | undefined {
  switch (element.name) {
    case 'h1':
    case 'h2':
    case 'h3':
      return {
        kind: 'heading',
        level: Number(element.name[1]) as 1 | 2 | 3,
        content: trimmed(inlinesOf(element.children)),
      };
    case 'p':
      return { kind: 'paragraph', content: trimmed(inlinesOf(element.children)) };
    case 'ol':
    case 'ul':
      return {
        kind: 'list',
        ordered: element.name === 'ol',
        items: element.children.filter(isTag).map((item) => blocksOf(item.children)),
      };
    case 'table':
      return { kind: 'table', rows: rowsOf(element) };
    case 'page-break':
      return { kind: 'page-break' };
    case 'signature-block':
      return {
        kind: 'signature',
        party: element.attribs['party'] ?? '',
        caption: trimmed(inlinesOf(element.children)),
      };
    default:
      return undefined;
  }
}

function rowsOf(table: Element): TableCell[][] {
  const rows: TableCell[][] = [];
  const visit = (element: Element) => {
    for (const child of element.children.filter(isTag)) {
      if (child.name === 'tr') {
        rows.push(
          child.children
            .filter(isTag)
            .map((cell) => ({ header: cell.name === 'th', content: trimmed(inlinesOf(cell.children)) })),
        );
      } else {
        visit(child); // thead, tbody
      }
    }
  };
  visit(table);
  return rows;
}

type Marks = { strong?: boolean; em?: boolean; href?: string };

function inlinesOf(nodes: ChildNode[], marks: Marks = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (isText(node)) return [{ kind: 'text', text: node.data.replace(SPACES, ' '), ...marks }];
    if (!isTag(node)) return [];
    if (node.name === 'br') return [{ kind: 'line-break' }];
    const inner: Marks =
      node.name === 'strong'
        ? { ...marks, strong: true }
        : node.name === 'em'
          ? { ...marks, em: true }
          : node.name === 'a'
            ? { ...marks, href: node.attribs['href'] }
            : marks;
    return inlinesOf(node.children, inner);
  });
}

/** Without the spaces the source's line breaks leave at either end. */
function trimmed(content: Inline[]): Inline[] {
  const result = content.filter((inline) => inline.kind !== 'text' || inline.text !== '');
  const first = result[0];
  if (first?.kind === 'text') result[0] = { ...first, text: first.text.replace(/^[ \t\n\r\f]+/, '') };
  const last = result.at(-1);
  if (last?.kind === 'text') result[result.length - 1] = { ...last, text: last.text.replace(/[ \t\n\r\f]+$/, '') };
  return result.filter((inline) => inline.kind !== 'text' || inline.text !== '');
}
