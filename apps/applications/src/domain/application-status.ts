import type { ApplicationStatus } from '@pollen/contracts';

import { TransitionNotAllowed, type TransitionReason } from '../errors';

/** What can happen to an application. `screen` is the automatic eligibility check after submission. */
export type ApplicationAction =
  | 'edit'
  | 'submit'
  | 'screen'
  | 'withdraw'
  | 'start-discussion'
  | 'decide'
  | 'grant-consent';

/**
 * The state machine (ADR 0007): which action is allowed in which status.
 * ineligible, funded, declined and withdrawn are final. Withdrawing consent is no action here: the
 * applicant may do it in every status (RGPD art. 7(3)); granting it needs a live application.
 */
const ALLOWED: Record<ApplicationStatus, readonly ApplicationAction[]> = {
  draft: ['edit', 'submit', 'withdraw', 'grant-consent'],
  submitted: ['screen', 'withdraw', 'grant-consent'],
  eligible: ['withdraw', 'start-discussion', 'decide', 'grant-consent'],
  ineligible: [],
  // Each introduction starts a discussion: a second investor may be introduced while in one.
  'in-discussion': ['withdraw', 'start-discussion', 'decide', 'grant-consent'],
  funded: [],
  declined: [],
  withdrawn: [],
};

export const isAllowed = (status: ApplicationStatus, action: ApplicationAction): boolean =>
  ALLOWED[status].includes(action);

export function assertAllowed(status: ApplicationStatus, action: ApplicationAction): void {
  if (!isAllowed(status, action)) {
    const { reason, sentence } = REFUSALS[action];
    throw new TransitionNotAllowed(reason, status, action, sentence);
  }
}

/** Why each action is refused, as a reason code and in words. */
const REFUSALS: Record<ApplicationAction, { reason: TransitionReason; sentence: string }> = {
  edit: { reason: 'application.not-draft', sentence: 'be edited' },
  submit: { reason: 'application.not-draft', sentence: 'be submitted' },
  screen: { reason: 'application.not-submitted', sentence: 'be screened' },
  withdraw: { reason: 'application.not-withdrawable', sentence: 'be withdrawn' },
  'start-discussion': { reason: 'application.not-eligible', sentence: 'enter discussion' },
  decide: { reason: 'application.not-decidable', sentence: 'receive a decision' },
  'grant-consent': { reason: 'application.consent-not-grantable', sentence: 'be shown to investors' },
};

/** Statuses in which an application counts as active (one per account, programme and SIREN). */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'eligible', 'in-discussion'];
