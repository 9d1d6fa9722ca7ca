import type { AccountView, InvestorStatus, Locale, Role, Topics } from '@pollen/contracts';
import { AggregateChange } from '@pollen/platform/mongo';

export interface Account {
  id: string;
  /** Lower-cased: one account per address whatever its case. */
  email: string;
  passwordHash: string;
  role: Role;
  displayName: string;
  locale: Locale;
  version: number;
  createdAt: Date;
  /**
   * Set once `account.contact-changed` was emitted: accounts registered before contacts were
   * published have it unset, and the gateway publishes theirs at start (PublishMissingContacts).
   */
  contactPublished?: true;
}

/**
 * A change to an account, with its `account.*` events, and its contact, which goes to a compacted
 * topic of its own.
 */
export class AccountChange extends AggregateChange<
  Account,
  (typeof Topics)['accountEvents']['name'] | (typeof Topics)['accountContacts']['name']
> {
  /** Publishes the contact as the account stands after this change. */
  emitContact(): void {
    this.next.contactPublished = true;
    this.emit('account.contact-changed', ({ id, email, displayName, locale, role }) => ({
      accountId: id,
      email,
      displayName,
      locale,
      role,
    }));
  }
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** `vettingStatus`: what the gateway's projection holds for an investor, if anything yet. */
export function toAccountView(account: Account, vettingStatus?: InvestorStatus): AccountView {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    displayName: account.displayName,
    locale: account.locale,
    createdAt: account.createdAt.toISOString(),
    // Matching vets every investor account from registration on: pending until the first event says otherwise.
    vettingStatus: account.role === 'investor' ? (vettingStatus ?? 'pending') : null,
  };
}

/** A refresh token as stored: only its hash, its family (one log-in, the session) and its fate. */
export interface RefreshSession {
  tokenHash: string;
  familyId: string;
  accountId: string;
  /** When this token stops working: its own lifetime, never past the session's end. */
  expiresAt: Date;
  /** When the session ends whatever its refreshes: set at log-in, carried by every rotation. */
  sessionEndsAt: Date;
  /** Set on every token of a session that was ended (log-out, or a token used twice). */
  revokedAt?: Date;
}
