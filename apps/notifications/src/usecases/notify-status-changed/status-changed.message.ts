import type { ApplicationStatus } from '@pollen/contracts';

import type { LocalizedText } from '../../domain/notification';

export interface StatusMessage {
  title: LocalizedText;
  body: LocalizedText;
  /** Decisions bypass preferences: the applicant must hear about them. */
  critical: boolean;
}

/** What the owner reads when someone else (the screening, the committee) changes their application. */
const MESSAGES: Partial<Record<ApplicationStatus, (reason: string) => StatusMessage>> = {
  eligible: () => ({
    title: { fr: 'Candidature éligible', en: 'Application eligible' },
    body: {
      fr: 'Votre candidature remplit tous les critères d’éligibilité du programme. Elle peut désormais être étudiée.',
      en: 'Your application meets every eligibility rule of the programme. It can now be reviewed.',
    },
    critical: false,
  }),
  ineligible: () => ({
    title: { fr: 'Candidature non éligible', en: 'Application not eligible' },
    body: {
      fr: 'Votre candidature ne remplit pas tous les critères du programme ; le détail de chaque critère est dans la candidature. Vous pouvez en déposer une nouvelle.',
      en: 'Your application does not meet every rule of the programme; each failed rule is listed on the application. You may start a new one.',
    },
    critical: false,
  }),
  funded: (reason) => ({
    title: { fr: 'Financement accordé', en: 'Funding granted' },
    body: {
      fr: `Le comité a accordé le financement. Motif : ${reason}`,
      en: `The committee granted the funding. Reason: ${reason}`,
    },
    critical: true,
  }),
  declined: (reason) => ({
    title: { fr: 'Financement refusé', en: 'Funding declined' },
    body: {
      fr: `Le comité n’a pas retenu la candidature. Motif : ${reason}`,
      en: `The committee declined the application. Reason: ${reason}`,
    },
    critical: true,
  }),
};

/** The message for a status the owner did not set themselves, or undefined when there is nothing to tell. */
export function statusChangedMessage(status: ApplicationStatus, reason: string): StatusMessage | undefined {
  return MESSAGES[status]?.(reason);
}
