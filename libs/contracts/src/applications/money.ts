import type { LocalisedText } from './application.view';

const FRENCH = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const ENGLISH = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * An amount in euro cents as people read it, cents shown only when there are some:
 * "25 000 €" (French groups digits with a narrow no-break space) / "€25,000".
 */
export function euros(cents: number): LocalisedText {
  return { fr: `${FRENCH.format(cents / 100)} €`, en: `€${ENGLISH.format(cents / 100)}` };
}
