import type { Locale } from '@pollen/contracts';

/** The caller's language from Accept-Language: French unless English is preferred. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag === 'fr' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.tag as Locale | undefined) ?? 'fr';
}
