import type { EventEnvelope } from '@pollen/contracts';

import type { Account, RefreshSession } from '../domain/account';

/** The port account use cases write through; AccountRepository is the MongoDB adapter. */
export abstract class AccountStore {
  abstract findById(id: string): Promise<Account | null>;
  abstract findByEmail(email: string): Promise<Account | null>;
  /** @throws AccountEmailTaken */
  abstract insert(account: Account, events: EventEnvelope[]): Promise<void>;
}

export abstract class SessionStore {
  abstract insert(session: RefreshSession): Promise<void>;
  abstract findByHash(tokenHash: string): Promise<RefreshSession | null>;
  /** Revokes one token; false when it was already revoked (so two refreshes cannot both win). */
  abstract revoke(tokenHash: string, at: Date): Promise<boolean>;
  abstract revokeFamily(familyId: string, at: Date): Promise<void>;
}
