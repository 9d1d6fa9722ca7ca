/**
 * Euros as typed, the French way or not (« 12 500,50 », "12500.5"), as cents; `undefined` for an
 * empty field, `null` for text that is not an amount.
 */
export function centsOf(euros: string): number | undefined | null {
  const text = euros.replace(/[\s\u202f\u00a0]/g, '');
  if (text === '') return undefined;
  const match = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(text);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
}

/** Cents as euros to edit: « 12500 », « 12500,5 » (no grouping: the field is typed in). */
export function eurosOf(cents: number | undefined | null, language: string): string {
  if (cents == null) return '';
  const euros = String(cents / 100);
  return language === 'fr' ? euros.replace('.', ',') : euros;
}

/** A whole number typed, or nothing. */
export const wholeOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
