import { type LocalisedText, PARIS } from '@pollen/contracts';

const inParis = (at: Date, options: Intl.DateTimeFormatOptions): LocalisedText => {
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { ...options, timeZone: PARIS }).format(at);
  return { fr: format('fr-FR'), en: format('en-GB') };
};

/** A moment as people in France read it: « 2 décembre 2026 à 11:07 », "2 December 2026 at 11:07". */
export const parisDateTime = (at: Date | string): LocalisedText =>
  inParis(new Date(at), { dateStyle: 'long', timeStyle: 'short' });

/** A Paris calendar day (YYYY-MM-DD) written out: « 2 décembre 2026 », "2 December 2026". */
export const parisLongDay = (day: string): LocalisedText =>
  inParis(new Date(`${day}T12:00:00Z`), { dateStyle: 'long' });
