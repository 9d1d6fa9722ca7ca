import type { InAppMessage } from '../../domain/notification';
import { quoted } from '../../domain/quoted';

/** What the investor reads when the applicant accepts their interest. */
export function introductionForInvestor(applicantOrganisation: string): InAppMessage {
  const name = quoted(applicantOrganisation);
  return {
    category: 'deal-flow',
    critical: false,
    title: { fr: 'Mise en relation acceptée', en: 'Introduction accepted' },
    body: {
      fr: `${name.fr} a accepté votre intérêt : son contact et son SIREN sont dans votre deal-flow.`,
      en: `${name.en} accepted your interest: their contact and SIREN are in your deal-flow.`,
    },
  };
}

/** What the applicant reads once the introduction they accepted is made. */
export function introductionForApplicant(investorOrganisation: string): InAppMessage {
  const name = quoted(investorOrganisation);
  return {
    category: 'deal-flow',
    critical: false,
    title: { fr: 'Mise en relation établie', en: 'Introduction made' },
    body: {
      fr: `Vous êtes en relation avec ${name.fr} : son contact figure parmi les investisseurs intéressés par votre candidature.`,
      en: `You are in touch with ${name.en}: their contact is listed with the investors interested in your application.`,
    },
  };
}
