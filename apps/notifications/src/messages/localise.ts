import type { Locale, LocalisedText } from '@pollen/contracts';

/** Exactly `{ fr, en }`, both strings: an object with more keys is data, not a sentence. */
export function isLocalisedText(value: unknown): value is LocalisedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { fr, en } = value as Partial<Record<string, unknown>>;
  return Object.keys(value).length === 2 && typeof fr === 'string' && typeof en === 'string';
}

/**
 * The variables as one language reads them: each `LocalisedText`, however deep, becomes its text in
 * `locale`, so templates print `{{ amount }}` and never choose a language themselves.
 */
export function localise(value: unknown, locale: Locale): unknown {
  if (isLocalisedText(value)) return value[locale];
  if (Array.isArray(value)) return value.map((item) => localise(item, locale));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localise(item, locale)]));
  }
  return value;
}
