import type { Block, DocumentTree, Inline } from './document-tree';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Print layout only: the HTML is what the preview shows and what a reader downloads.
const STYLE = [
  'body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;line-height:1.45;max-width:42em;margin:2em auto}',
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left}',
  '.page-break{break-after:page}.signature{margin-top:2em;min-height:5em;border-bottom:1px solid #000;width:45%}',
].join('');

function inlineHtml(inline: Inline): string {
  if (inline.kind === 'line-break') return '<br>';
  let html = escape(inline.text);
  if (inline.em) html = `<em>${html}</em>`;
  if (inline.strong) html = `<strong>${html}</strong>`;
  if (inline.href) html = `<a href="${escape(inline.href)}">${html}</a>`;
  return html;
}

const inlines = (content: Inline[]) => content.map(inlineHtml).join('');

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inlines(block.content)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlines(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell) => (cell.header ? `<th>${inlines(cell.content)}</th>` : `<td>${inlines(cell.content)}</td>`)).join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'signature':
      return `<div class="signature" data-party="${escape(block.party)}"><p>${inlines(block.caption)}</p></div>`;
  }
}

/** The document as a standalone HTML page in its language. */
export function toHtml(tree: DocumentTree, title: string, locale: string): string {
  return [
    `<!DOCTYPE html><html lang="${escape(locale)}"><head><meta charset="utf-8">`,
    `<title>${escape(title)}</title><style>${STYLE}</style></head><body>`,
    tree.blocks.map(blockHtml).join('\n'),
    '</body></html>',
  ].join('');
}
