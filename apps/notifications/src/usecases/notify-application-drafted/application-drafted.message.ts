import type { LocalizedText } from '../../domain/notification';

// French typography: a no-break space inside the guillemets.
const NBSP = '\u00a0';

/** What the owner reads once their draft is saved. */
export function applicationDraftedMessage(organisationName: string): { title: LocalizedText; body: LocalizedText } {
  return {
    title: { fr: 'Brouillon enregistré', en: 'Draft saved' },
    body: {
      fr: `Votre candidature pour «${NBSP}${organisationName}${NBSP}» est enregistrée en brouillon.`,
      en: `Your application for “${organisationName}” is saved as a draft.`,
    },
  };
}
