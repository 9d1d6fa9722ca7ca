import type { Actor, ContactDto } from '@pollen/contracts';

/** The applicant's answer to an investor's interest in their application. */
export type AnswerInterestCommand = {
  matchId: string;
  applicationId: string;
  requestId: string;
  actor: Actor;
} & ({ answer: 'accept'; contact: ContactDto } | { answer: 'decline'; reason?: string });
