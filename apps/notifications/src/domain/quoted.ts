import type { LocalizedText } from './notification';

// French typography: a no-break space inside the guillemets.
const NBSP = '\u00a0';

/** A name quoted as each language quotes it. */
export const quoted = (name: string): LocalizedText => ({ fr: `«${NBSP}${name}${NBSP}»`, en: `“${name}”` });
