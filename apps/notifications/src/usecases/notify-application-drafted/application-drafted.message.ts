import type { LocalizedText } from '../../domain/notification';
import { quoted } from '../../domain/quoted';

/** What the owner reads once their draft is saved. */
export function applicationDraftedMessage(organisationName: string): { title: LocalizedText; body: LocalizedText } {
  const name = quoted(organisationName);
  return {
    title: { fr: 'Brouillon enregistré', en: 'Draft saved' },
    body: {
      fr: `Votre candidature pour ${name.fr} est enregistrée en brouillon.`,
      en: `Your application for ${name.en} is saved as a draft.`,
    },
  };
}
