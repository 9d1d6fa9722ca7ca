import type { DocumentPartyRole, Locale } from '@pollen/contracts';
import { v5 as uuidv5 } from 'uuid';

import { accordDeConfidentialite } from '../library/accord-de-confidentialite';
import { lettreDIntention } from '../library/lettre-d-intention';
import { addMonths, partyVariables } from './agreement-terms';
import type { IntroductionFacts, PartyFacts } from './deal-facts';
import type { DocumentOrder } from './document';

// Document ids of a deal's documents are UUIDv5s of the event and the template: every delivery
// of the event names the same documents, so a redelivery makes none.
const DEAL_DOCUMENT_NAMESPACE = '6f1d3c52-93b5-4c1e-9a7e-2c8d0f4b7a11';

/** A party a deal's document binds: its organisation, and the account and language of its side. */
export interface DealParty {
  role: DocumentPartyRole;
  organisation: PartyFacts;
  accountId?: string;
  locale?: Locale;
}

export interface DealDocument {
  /** The event of the deal's step: the documents' ids derive from it. */
  eventId: string;
  templateKey: string;
  /** The library version the variables are written for: a compatible version renders them. */
  writtenFor: string;
  variables: Record<string, unknown>;
  applicationId: string;
  matchId?: string;
  parties: DealParty[];
}

export const dealDocumentId = (eventId: string, templateKey: string, locale: Locale): string =>
  uuidv5(`${eventId}\n${templateKey}\n${locale}`, DEAL_DOCUMENT_NAMESPACE);

/**
 * French binds: the French document always, then an English translation of it when a party's
 * account chose English. Both are readable by the parties' accounts; only the French one binds.
 */
export function ordersOf(document: DealDocument, templateVersion: string): DocumentOrder[] {
  const { eventId, templateKey, variables, applicationId, matchId } = document;
  const common = {
    templateKey,
    templateVersion,
    variables,
    applicationId,
    ...(matchId ? { matchId } : {}),
    parties: document.parties.map(({ role, organisation, accountId }) => ({
      role,
      name: organisation.name,
      ...(organisation.siren ? { siren: organisation.siren } : {}),
      ...(accountId ? { accountId } : {}),
    })),
    readers: document.parties.flatMap((party) => (party.accountId ? [party.accountId] : [])),
  };
  const french = { ...common, id: dealDocumentId(eventId, templateKey, 'fr'), locale: 'fr' as const, binding: true };
  if (!document.parties.some((party) => party.locale === 'en')) return [french];
  return [
    french,
    {
      ...common,
      id: dealDocumentId(eventId, templateKey, 'en'),
      locale: 'en',
      binding: false,
      translationOf: french.id,
    },
  ];
}

/** The two sides of an introduction as parties: the project holder's organisation and the investor's. */
export function introducedParties(introduction: IntroductionFacts): DealParty[] {
  return [
    { role: 'applicant', ...introduction.applicant },
    { role: 'investor', ...introduction.investor },
  ];
}

/** A document of an introduction: it binds its two sides, and belongs to the application and the match. */
function ofIntroduction(
  introduction: IntroductionFacts,
  eventId: string,
  template: { key: string; version: string },
  variables: Record<string, unknown>,
): DealDocument {
  return {
    eventId,
    templateKey: template.key,
    writtenFor: template.version,
    variables,
    applicationId: introduction.applicationId,
    matchId: introduction.matchId,
    parties: introducedParties(introduction),
  };
}

/** How long the confidentiality of what the project holder discloses lasts after an introduction. */
const CONFIDENTIALITY_YEARS = 3;

/** The confidentiality agreement an introduction starts due diligence with. */
export function confidentialityAgreement(
  introduction: IntroductionFacts,
  eventId: string,
  project: string,
  signedOn: string,
): DealDocument {
  return ofIntroduction(introduction, eventId, accordDeConfidentialite, {
    discloser: partyVariables(introduction.applicant.organisation),
    recipient: partyVariables(introduction.investor.organisation),
    project,
    durationYears: CONFIDENTIALITY_YEARS,
    signing: { date: signedOn },
  });
}

/** How long a letter of intent holds, and what it is subject to, when the investor says no more. */
const LETTER_OF_INTENT_MONTHS = 3;
const LETTER_OF_INTENT_CONDITIONS = [
  'Étude du dossier concluante, sur la base des informations couvertes par l’accord de confidentialité',
  'Accord de l’instance de décision de l’Investisseur',
];

/** The letter of intent an investor asked for when interested, for the amount they gave or the amount requested. */
export function letterOfIntent(
  introduction: IntroductionFacts,
  eventId: string,
  project: string,
  signedOn: string,
): DealDocument {
  return ofIntroduction(introduction, eventId, lettreDIntention, {
    investor: partyVariables(introduction.investor.organisation),
    holder: partyVariables(introduction.applicant.organisation),
    project,
    instrument: introduction.request.instrument,
    amountCents: introduction.interestCents ?? introduction.request.amountCents,
    conditions: LETTER_OF_INTENT_CONDITIONS,
    validUntil: addMonths(signedOn, LETTER_OF_INTENT_MONTHS),
    signing: { date: signedOn },
  });
}
