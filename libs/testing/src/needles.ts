/**
 * What a search looks for, by a label that says whose and what each string is (`applicant e-mail`):
 * a hit names the labels, never prints the strings in a report.
 */
export type Needles = Record<string, string>;

/**
 * Case and whitespace of any kind (PDF text runs, no-break spaces, a phone typed `+33 6 12…` or
 * stored `+33612…`) do not hide a string: both sides are compared without them. Meant for long,
 * unique strings, for which dropping the spaces makes no false match.
 */
export const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, '').toLowerCase();

/** The labels of the needles found in `text`. */
export function foundIn(text: string, needles: Needles): string[] {
  const haystack = squash(text);
  return Object.entries(needles)
    .filter(([, needle]) => haystack.includes(squash(needle)))
    .map(([label]) => label);
}
