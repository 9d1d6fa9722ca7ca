import type { EventEnvelope } from '@pollen/contracts';

import type { Account, ErasedAccount, RefreshSession } from '../domain/account';

/** The port account use cases write through; AccountRepository is the MongoDB adapter. */
export abstract class AccountStore {
  /** Null for an erased account too: what is left of it is no account anyone may use. */
  abstract findById(id: string): Promise<Account | null>;
  abstract findByEmail(email: string): Promise<Account | null>;
  /** @throws AccountEmailTaken */
  abstract insert(account: Account, events: EventEnvelope[]): Promise<void>;
  /** Replaces the account, with its events, if it is still at `expectedVersion`; false otherwise. */
  abstract update(account: Account, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
  /** Up to `limit` accounts (never erased ones) whose contact was never published, by id, after `afterId`. */
  abstract withoutContact(afterId: string, limit: number): Promise<Account[]>;
  /**
   * Replaces the account by its stub, with its events, in one write, if it is still at
   * `expectedVersion`; false otherwise. Every personal field is removed.
   */
  abstract erase(stub: ErasedAccount, expectedVersion: number, events: EventEnvelope[]): Promise<boolean>;
}

export abstract class SessionStore {
  abstract insert(session: RefreshSession): Promise<void>;
  abstract findByHash(tokenHash: string): Promise<RefreshSession | null>;
  /**
   * Records the one use of a token; false when it was used before, also by a refresh running at
   * the same moment on another gateway replica: exactly one of them gets true.
   */
  abstract markUsed(session: RefreshSession, at: Date): Promise<boolean>;
  /** Ends the session: every token of the family is revoked. */
  abstract revokeFamily(familyId: string, at: Date): Promise<void>;
  /**
   * Whether the session was ended. Asked of the family, not of one token: a refresh that ran
   * while the session was being ended may have stored its new token after the revocation.
   */
  abstract isFamilyRevoked(familyId: string): Promise<boolean>;
  /** Ends every session of the account (its erasure). */
  abstract revokeAccount(accountId: string, at: Date): Promise<void>;
  /** Every token of the account, oldest first, for its export. */
  abstract ofAccount(accountId: string): Promise<RefreshSession[]>;
  /** Deletes every token of the account and the record of their uses; returns how many tokens. */
  abstract eraseAccount(accountId: string): Promise<{ sessions: number; uses: number }>;
}
