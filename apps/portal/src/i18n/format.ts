import i18n from './index';

const PARIS = 'Europe/Paris';
const localeTag = () => (i18n.language === 'en' ? 'en-GB' : 'fr-FR');

/** « 12 500 € »: no cents when there are none. */
export function money(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(localeTag(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** « 4 décembre 2026 » */
export function day(instant: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'long', timeZone: PARIS }).format(new Date(instant));
}

/** « 4 décembre 2026 à 09:30 » */
export function moment(instant: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS }).format(
    new Date(instant),
  );
}

/** « 09:30 » */
export function time(instant: string): string {
  return new Intl.DateTimeFormat(localeTag(), { timeStyle: 'short', timeZone: PARIS }).format(new Date(instant));
}

export function count(value: number): string {
  return new Intl.NumberFormat(localeTag()).format(value);
}

/** A list read as a sentence: « SCOP, SCIC et association ». */
export function list(items: string[]): string {
  return new Intl.ListFormat(localeTag(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A share (0..1): « 50 % » */
export function percent(share: number): string {
  return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
