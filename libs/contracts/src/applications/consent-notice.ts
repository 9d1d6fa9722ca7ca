import type { LocalisedText } from './application.view';

/**
 * The notice an applicant reads before consenting to be shown to investors, by version. A consent
 * names the version it answered, so the platform can show what the applicant agreed to (RGPD
 * art. 7(1)): a version, once published, never changes; a new wording is a new version.
 */
export const CONSENT_NOTICES = {
  '2026-12-01': {
    fr: 'J’accepte que Pollen montre ma candidature (organisation, projet, demande de financement) aux investisseurs vérifiés dont la thèse d’investissement lui correspond, tant qu’elle est éligible. Je peux retirer ce consentement à tout moment ; il cesse alors d’être montré.',
    en: 'I agree that Pollen shows my application (organisation, project, funding request) to vetted investors whose investment thesis matches it, while it is eligible. I may withdraw this consent at any time; it then stops being shown.',
  },
} as const satisfies Record<string, LocalisedText>;

export type ConsentNoticeVersion = keyof typeof CONSENT_NOTICES;

export const CONSENT_NOTICE_VERSIONS = Object.keys(CONSENT_NOTICES) as ConsentNoticeVersion[];

/** The version clients show today. */
export const CURRENT_CONSENT_NOTICE_VERSION: ConsentNoticeVersion = '2026-12-01';
