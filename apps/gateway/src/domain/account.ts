import { createHash } from 'node:crypto';

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

/**
 * What stays of an erased account: its id (other services' records and the erasure's progress name
 * it), its role, when it was registered, and the erasure's id and receipt hash. Nothing that names
 * the person.
 */
export interface ErasedAccount {
  id: string;
  role: Role;
  version: number;
  createdAt: Date;
  /**
   * Never an address: a unique index accepts only one document without the field on MongoDB
   * (FerretDB ignores `sparse` and fails on partial indexes), so each stub holds its own value,
   * which no log-in can give (it is not an e-mail).
   */
  email: string;
  erasedAt: Date;
  erasureId: string;
  receiptHash: string;
}

/** An erasure receipt's SHA-256, in hex: all that leaves the gateway of it, and all it keeps. */
export const receiptHashOf = (receiptToken: string): string => createHash('sha256').update(receiptToken).digest('hex');

export interface ErasureOrder {
  erasureId: string;
  receiptHash: string;
  at: Date;
}

/**
 * Erases the account: the stub that replaces it, and the events of the same write, the erasure
 * request every service acts on and the tombstone that removes its contact from the contacts topic.
 */
export function erasureOf(account: Account, { erasureId, receiptHash, at }: ErasureOrder) {
  const change = new AccountChange(account, undefined, at);
  const { id: accountId, role } = account;
  change.emit('account.erasure-requested', { accountId, erasureId, role, receiptHash, requestedAt: at.toISOString() });
  change.emit('account.contact-erased', { accountId });
  const stub: ErasedAccount = {
    id: accountId,
    role,
    version: change.next.version,
    createdAt: account.createdAt,
    email: `erased|${accountId}`,
    erasedAt: at,
    erasureId,
    receiptHash,
  };
  return { stub, events: change.events };
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
  /** Set on every token of a session that was ended (log-out, a token used twice, the account's erasure). */
  revokedAt?: Date;
  /** When the token was issued (unset on tokens stored before it was recorded). */
  createdAt?: Date;
}
