import type { ContactDto, Locale, Role } from '@pollen/contracts';
import { NotYetProjected } from '@pollen/platform/kafka';

/**
 * What notifications knows of the people and things it writes about, each kept from the newest
 * event of its owner (a stale or redelivered one changes nothing): it never asks another service.
 */

/** How to reach an account's holder, from `account.contact-changed`. */
export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  role: Role;
  version: number;
}

/** What a message says of an application, from the application's own events. */
export interface ApplicationSummary {
  id: string;
  ownerId: string;
  organisation: string;
  project: string;
  amountCents: number | null;
  instrument: string | null;
  version: number;
}

/** An investor's organisation, from `investor.organisation-stated`. */
export interface InvestorSummary {
  id: string;
  organisation: string;
  version: number;
}

/** The contacts two sides of an introduction exchanged, from `introduction.contacts-exchanged`. */
export interface IntroductionContacts {
  matchId: string;
  /** Whose they are, so an erasure finds them (absent on contacts kept before). */
  applicationId?: string;
  investorId?: string;
  applicant: ContactDto;
  investor: ContactDto;
}

/** The fact, or NotYetProjected naming what is missing: the event is retried, then dead-lettered. */
export function known<T>(fact: T | null, what: string): T {
  if (fact === null) throw new NotYetProjected(`${what} is not known yet`);
  return fact;
}
