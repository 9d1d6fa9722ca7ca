import type { LocalisedText, NotificationKind, Role } from '@pollen/contracts';

/**
 * What each kind of message says, as values its templates read. A `LocalisedText` is read in the
 * recipient's language (the renderer picks it), so consumers never choose a language: the
 * dispatcher does, when it sends, from the recipient's current contact.
 */
export interface MessageVariables {
  /** `account.registered`, to the new account. */
  welcome: { role: Role };
  /** `application.submitted`, to its owner: what they submitted. */
  'application-submitted': {
    applicationId: string;
    organisation: string;
    project: string;
    amount: LocalisedText;
    instrument: LocalisedText;
    submittedAt: LocalisedText;
  };
  /** `application.screened`, to its owner: eligible, or every rule it failed. */
  'application-screened': {
    applicationId: string;
    project: string;
    eligible: boolean;
    reasons: LocalisedText[];
  };
  /** `application.decided`, to its owner: the committee's decision and its reason. */
  'application-decided': {
    applicationId: string;
    project: string;
    funded: boolean;
    reason: string;
    /** Funded only: the amount awarded. */
    amount: LocalisedText | null;
  };
  /** `investor.approved`, to the investor. */
  'investor-approved': Record<string, never>;
  /** `investor.rejected`, to the investor, with the operator's reason. */
  'investor-rejected': { reason: string };
  /** `investor.suspended`, to the investor, with the operator's reason. */
  'investor-suspended': { reason: string };
  /** `investor.reinstated`, to the investor. */
  'investor-reinstated': Record<string, never>;
  /** `match.proposed`, to the investor: a project that passes their thesis. */
  'match-proposed': {
    matchId: string;
    organisation: string;
    project: string;
    amount: LocalisedText;
    instrument: LocalisedText;
    score: number;
  };
  /** `match.interest-expressed`, to the applicant: an investor would like to meet. */
  'interest-expressed': {
    matchId: string;
    applicationId: string;
    project: string;
    investor: string;
    /** What the investor means to put in, when they said. */
    amount: LocalisedText | null;
  };
  /** `match.introduced` with its contacts, to each side: whom they now meet and how to reach them. */
  'introduction-made': {
    matchId: string;
    applicationId: string;
    project: string;
    /** Which side the recipient is on. */
    side: 'applicant' | 'investor';
    counterpart: { organisation: string; name: string; email: string; phone: string | null };
  };
  /** `document.generated` (the binding document), to its parties: a document to read and sign. */
  'document-generated': { documentId: string; title: string; applicationId: string | null };
  /** `document.signed`, to its parties: every party signed; the signed PDF is there. */
  'document-signed': { documentId: string; title: string; applicationId: string | null };
  /**
   * To an investor on daily deal-flow alerts, at their digest hour: the matches proposed since the
   * last digest, each as `match-proposed` tells it; at least one (no matches, no digest).
   */
  'deal-flow-digest': {
    /** The day it is sent. */
    day: LocalisedText;
    matches: {
      matchId: string;
      organisation: string;
      project: string;
      amount: LocalisedText;
      instrument: LocalisedText;
      score: number;
    }[];
  };
  /** To the owner of a webhook endpoint that failed every delivery for a day: it is disabled. */
  'webhook-disabled': {
    endpointId: string;
    url: string;
    /** Since when every delivery failed. */
    failingSince: LocalisedText;
    /** What the endpoint answered last (status and reason, or the network error). */
    lastError: string;
  };
}

/** The kinds of notifications/codes.ts each have their variables: a kind without is a compile error. */
export type VariablesOf<K extends NotificationKind> = MessageVariables[K];
const _everyKindHasVariables: Record<NotificationKind, unknown> = {} as MessageVariables;
void _everyKindHasVariables;

/** One message to render: its kind and its values, typed together. */
export type MessageOf = { [K in NotificationKind]: { kind: K; variables: MessageVariables[K] } }[NotificationKind];

/** Who reads it: filled in by the dispatcher from the recipients directory at sending time. */
export interface RecipientVariables {
  name: string;
  role: Role;
}
