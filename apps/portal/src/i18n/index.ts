import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** i18next's current language as one of ours (French unless English). */
export const languageOf = (code: string): Language => (code === 'en' ? 'en' : 'fr');

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

// French first: Pollen's users are French social enterprises. A signed-in account's own language
// (GET /v1/me) then wins; the switch saves it with PATCH /v1/me.
void i18n.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr }, en: { translation: en } },
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18n;
