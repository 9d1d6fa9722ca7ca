import type { LocalisedText, Role } from '@pollen/contracts';

/** What a role is called in a message, in the words of the social economy (« porteur de projet », « financeur »). */
export const ROLE_NAMES: Record<Role, LocalisedText> = {
  applicant: { fr: 'porteur de projet', en: 'applicant' },
  investor: { fr: 'financeur', en: 'investor' },
  operator: { fr: 'opérateur', en: 'operator' },
};
