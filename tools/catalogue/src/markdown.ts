/** Inline code, with a fence longer than any run of backticks inside. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A link to a heading of the same document. */
export const link = (text: string, anchor: string): string => `[${text}](#${anchor})`;

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A compact table: one space around each cell, no padding to align columns. */
export function table(headers: string[], rows: string[][]): string {
  return [headers, headers.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/**
 * Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to hyphens, and
 * `-1`, `-2`… after a repeat. Ask in the order the headings appear.
 */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(heading: string): string {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}
