import { createElement, type ReactNode } from 'react';

// The markup a legal template may use (docs/legal-templates.md), rendered as such; no attribute
// survives but a table cell's span.
const KEPT = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'div',
  'span',
  'section',
  'blockquote',
]);
const SPANS = ['colspan', 'rowspan'];
/** What carries no text of the document. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
// The document's own title is the card's heading; inside the reader its headings start one level down.
const SHIFTED: Record<string, string> = { h1: 'h4', h2: 'h5', h3: 'h6', h4: 'h6' };

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = [...element.childNodes].map(toReact);
  // Anything else the page does not know (a link, a new element) keeps its text: nothing of what
  // is signed is hidden.
  if (!KEPT.has(tag)) return createElement('span', { key }, ...children);
  const props: Record<string, unknown> = { key };
  for (const name of SPANS)
    if (element.hasAttribute(name))
      props[name === 'colspan' ? 'colSpan' : 'rowSpan'] = Number(element.getAttribute(name));
  return createElement(SHIFTED[tag] ?? tag, props, ...(tag === 'br' ? [] : children));
}

/**
 * A document's HTML rendering as React elements, without `innerHTML` and without its styles: the
 * portal's Content-Security-Policy allows no inline style, and a page shows only markup it knows.
 */
export function documentBody(html: string): ReactNode[] {
  // Parsing a <style> (or a style attribute) would already be refused, and reported, by the CSP.
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html)
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
  const parsed = new DOMParser().parseFromString(body, 'text/html');
  return [...parsed.body.childNodes].map(toReact);
}
